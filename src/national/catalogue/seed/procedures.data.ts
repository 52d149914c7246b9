/**
 * Real procedures of the national catalogue (Cổng Dịch vụ công quốc gia, public facts): codes, names, sectors,
 * levels, processing times, components, results and legal references as published there, read from the June–July
 * 2026 crawl (shared/data/tthc-dvcqg-2026/SOURCE.md) by the product's crawl importer (build-seed.ts regenerates
 * this file). Competent agencies are the demo agencies of this product (Thanh Hóa H56, Quảng Ninh H49 and the
 * ministries by their real codes); online level "full" marks the procedures the portal serves toàn trình (civil
 * status, residence, judicial records). Components that are national documents carry their document-type code.
 */
import type { ProcedureContent } from '../catalogue.ts';
import type { SectorRecord } from '../catalogue.repository.ts';

export const seedSectors: SectorRecord[] = [
  {
    "code": "ho-tich",
    "name": "Hộ tịch",
    "ministryCode": "000.00.00.G15"
  },
  {
    "code": "chung-thuc",
    "name": "Chứng thực",
    "ministryCode": "000.00.00.G15"
  },
  {
    "code": "dang-ky-quan-ly-cu-tru",
    "name": "Đăng ký, quản lý cư trú",
    "ministryCode": "000.00.00.G01"
  },
  {
    "code": "cap-quan-ly-can-cuoc",
    "name": "Cấp, quản lý căn cước",
    "ministryCode": "000.00.00.G01"
  },
  {
    "code": "ly-lich-tu-phap",
    "name": "Lý lịch tư pháp",
    "ministryCode": "000.00.00.G01"
  },
  {
    "code": "sat-hach-cap-giay-phep-lai-xe",
    "name": "Sát hạch, cấp giấy phép lái xe",
    "ministryCode": "000.00.00.G01"
  },
  {
    "code": "thanh-lap-va-hoat-dong-cua-doanh-nghiep",
    "name": "Thành lập và hoạt động của doanh nghiệp",
    "ministryCode": "000.00.00.G12"
  },
  {
    "code": "thanh-lap-va-hoat-dong-doanh-nghiep-ho-kinh-doanh",
    "name": "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
    "ministryCode": "000.00.00.G12"
  },
  {
    "code": "hoat-dong-xay-dung",
    "name": "Hoạt động xây dựng",
    "ministryCode": "000.00.00.G17"
  },
  {
    "code": "dat-dai",
    "name": "Đất đai",
    "ministryCode": "000.00.00.G10"
  },
  {
    "code": "thuc-hien-chinh-sach-bhxh",
    "name": "Thực hiện chính sách BHXH",
    "ministryCode": "000.00.00.G12"
  },
  {
    "code": "chi-tra-cac-che-do-bhxh",
    "name": "Chi trả các chế độ BHXH",
    "ministryCode": "000.00.00.G12"
  }
];

export const seedProcedures: (ProcedureContent & { code: string })[] = [
  {
    "code": "1.001193",
    "name": "Đăng ký khai sinh",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": {
        "duration": 1,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "note": "Cá nhân có quyền lựa chọn thực hiện thủ tục hành chính về hộ tịch tại cơ quan đăng ký hộ tịch nơi cư trú; nơi cư trú của cá nhân được xác định theo quy định của pháp luật về cư trú. Trường hợp cá nhân lựa chọn thực hiện thủ tục hành chính về hộ tịch không phải tại Ủy ban nhân dân cấp xã nơi thường trú hoặc nơi tạm trú thì Ủy ban nhân dân cấp xã nơi tiếp nhận yêu cầu có trách nhiệm hỗ trợ người dân nộp hồ sơ đăng ký hộ tịch trực tuyến đến đúng cơ quan có thẩm quyền theo quy định. Cơ quan đăng ký hộ tịch từ chối giải quyết hoặc đề nghị cơ quan có thẩm quyền hủy bỏ kết quả đăng ký hộ tịch, nếu có cơ sở xác định nội dung cam đoan không đúng sự thật. Đối với việc xác định họ, dân tộc, quê quán, đặt tên cho trẻ: Trường hợp cha, mẹ không thỏa thuận được về họ, dân tộc, quê quán của con khi đăng ký khai sinh thì họ, dân tộc, quê quán của con được xác định theo tập quán nhưng phải bảo đảm theo họ, dân tộc, quê quán của cha hoặc mẹ. Người tiếp nhận có trách nhiệm tiếp nhận đúng, đủ hồ sơ đăng ký hộ tịch theo quy định của pháp luật hộ tịch, không được yêu cầu người đăng ký hộ tịch nộp thêm giấy tờ mà pháp luật hộ tịch không quy định phải nộp . Trường hợp giấy tờ, tài liệu phải gửi kèm trong hồ sơ đăng ký khai sinh trực tuyến đã có bản sao điện tử hoặc đã có bản điện tử giấy tờ hộ tịch thì người yêu cầu được sử dụng bản điện tử này. Trường hợp cho phép người yêu cầu đăng ký hộ tịch lập văn bản cam đoan về nội dung yêu cầu đăng ký hộ tịch thì cơ quan đăng ký hộ tịch phải giải thích rõ cho người lập văn bản cam đoan về trách nhiệm, hệ quả pháp lý của việc cam đoan không đúng sự thật. Trường hợp người đi đăng ký khai sinh cho trẻ em là ông, bà, người thân thích khác thì không phải có văn bản ủy quyền của cha, mẹ trẻ em, nhưng phải thống nhất với cha, mẹ trẻ em về các nội dung khai sinh. Đối với giấy tờ gửi kèm theo nếu người yêu cầu nộp hồ sơ theo hình thức trực tuyến: Người tiếp nhận hồ sơ thực hiện khai thác thông tin trong Cơ sở dữ liệu quốc gia về dân cư theo quy định pháp luật nếu người yêu cầu đăng ký hộ tịch đã cung cấp họ, chữ đệm, tên; ngày, tháng, năm sinh; số định danh cá nhân/căn cước công dân/thẻ căn cước/chứng minh nhân dân. Trường hợp các thông tin cần khai thác không có trong Cơ sở dữ liệu quốc gia về dân cư thì đề nghị người yêu cầu kê khai đầy đủ . Trường hợp người yêu cầu đăng k ý hộ tịch lựa chọn nhận kết quả tại Trung tâm Phục vụ hành chính công thì người yêu cầu đăng ký hộ tịch phải xuất trình giấy tờ tuỳ thân, nộp các giấy tờ là thành phần hồ sơ theo quy định; Trường hợp người yêu cầu đăng ký hộ tịch không lựa chọn nhận kết quả tại Trung tâm Phục vụ hành chính công thì người yêu cầu đăng ký hộ tịch nộp các giấy tờ là thành phần hồ sơ theo quy định trước khi nhận kết quả. Đối với giấy tờ nộp, xuất trình nếu người yêu cầu nộp hồ sơ theo hình thức trực tiếp: Việc xác định họ, dân tộc, đặt tên cho trẻ em phải phù hợp với pháp luật và yêu cầu giữ gìn bản sắc dân tộc, tập quán, truyền thống văn hóa tốt đẹp của Việt Nam; không đặt tên quá dài, khó sử dụng. Trường hợp người yêu cầu đăng ký hộ tịch không cung cấp được giấy tờ theo quy định hoặc giấy tờ nộp, xuất trình bị tẩy xóa, sửa chữa, làm giả thì cơ quan đăng ký hộ tịch có thẩm quyền hủy bỏ kết quả đăng ký hộ tịch. Bản chụp các giấy tờ gửi kèm theo hồ sơ đăng ký khai sinh trực tuyến phải bảo đảm rõ nét, đầy đủ, toàn vẹn về nội dung, là bản chụp bằng máy ảnh, điện thoại hoặc được chụp, được quét bằng thiết bị điện tử, từ giấy tờ được cấp hợp lệ, còn giá trị sử dụng. Người yêu cầu đăng ký hộ tịch có thể nộp bản sao được chứng thực từ bản chính hoặc bản sao được cấp từ sổ gốc (sau đây gọi là bản sao) hoặc bản chụp kèm theo bản chính, bản điện tử các giấy tờ này, bao gồm cả giấy tờ được tích hợp, hiển thị trên Ứng dụng định danh điện tử (VneID). Đối với giấy tờ xuất trình khi đăng ký hộ tịch, người tiếp nhận có trách nhiệm kiểm tra, đối chiếu, ghi lại thông tin hoặc chụp lại, ký xác nhận để lưu trong hồ sơ và trả lại cho người xuất trình, không được yêu cầu nộp bản sao hoặc…",
        "components": [
          {
            "name": "Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai sinh. Trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp khai sinh cho trẻ em sinh ra do mang thai hộ phải có văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh.",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy chứng sinh thì không phải nộp bản giấy. Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ liệu theo quy định của pháp luật.",
            "documentTypeCode": "GCS"
          },
          {
            "name": "Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến) Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          },
          {
            "name": "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác có liên quan để đối chiếu, khai thác dữ liệu.",
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Người có yêu cầu đăng ký khai sinh thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Tờ khai đăng ký khai sinh theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp hoặc gửi hồ sơ qua hệ thống bưu chính)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Mẫu hộ tịch điện tử tương tác đăng ký khai sinh (do người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng dịch vụ công, nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000031",
        "name": "Giấy khai sinh"
      }
    ],
    "legalBasis": [
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "104/2022/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công",
        "issuer": "Chính phủ"
      },
      {
        "number": "123/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2015-11-15",
        "issuer": "Chính phủ"
      },
      {
        "number": "08/2025/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
        "date": "2025-06-12",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "87/2020/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp18/2026/NĐ-CP Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "issuer": "Chính phủ"
      },
      {
        "number": "04/2024/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2020-04-08",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "03/2023/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư phápThông tư số",
        "date": "2023-08-02",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "106/2021/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.",
        "date": "2019-11-29",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "04/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "07/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
        "issuer": "Chính phủ"
      },
      {
        "number": "120/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.",
        "date": "2025-06-11",
        "issuer": "Chính phủ"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "60/2014/QH13",
        "type": "Luật",
        "name": "Luật 60/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "01/2022/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2020-07-28",
        "issuer": "Bộ Tư pháp"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.000894",
    "name": "Đăng ký kết hôn",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": {
        "duration": 1,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "note": "Người tiếp nhận có trách nhiệm tiếp nhận đúng, đủ hồ sơ đăng ký hộ tịch theo quy định của pháp luật hộ tịch, không được yêu cầu người đăng ký hộ tịch nộp thêm giấy tờ mà pháp luật hộ tịch không quy định phải nộp . Bản chụp các giấy tờ gửi kèm theo hồ sơ đăng ký kết hôn trực tuyến phải bảo đảm rõ nét, đầy đủ, toàn vẹn về nội dung, là bản chụp bằng máy ảnh, điện thoại hoặc được chụp, được quét bằng thiết bị điện tử, từ giấy tờ được cấp hợp lệ, còn giá trị sử dụng. Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp, công chứng hoặc xác nhận để sử dụng cho việc đăng ký hộ tịch tại Việt Nam phải được hợp pháp hóa lãnh sự theo quy định của pháp luật, trừ trường hợp được miễn theo điều ước quốc tế mà Việt Nam là thành viên. Trường hợp người yêu cầu đăng ký kết hôn không cung cấp được giấy tờ nêu trên theo quy định hoặc giấy tờ nộp, xuất trình bị tẩy xóa, sửa chữa, làm giả thì cơ quan đăng ký hộ tịch có thẩm quyền hủy bỏ kết quả đăng ký kết hôn. Đối với giấy tờ xuất trình khi đăng ký hộ tịch, người tiếp nhận có trách nhiệm kiểm tra, đối chiếu với thông tin trong tờ khai, chụp lại hoặc ghi lại thông tin để lưu trong hồ sơ và trả lại cho người xuất trình, không được yêu cầu nộp bản sao hoặc bản chụp giấy tờ đó. Người tiếp nhận hồ sơ thực hiện khai thác thông tin trong CSDLQGVDC theo quy định pháp luật nếu người yêu cầu đăng ký hộ tịch đã cung cấp họ, chữ đệm, tên; ngày, tháng, năm sinh; số định danh cá nhân/thẻ căn cước công dân/thẻ căn cước/căn cước điện tử. Trường hợp các thông tin cần khai thác không có trong CSDLQGVDC thì đề nghị người yêu cầu kê khai đầy đủ. Người yêu cầu đăng ký hộ tịch có thể nộp bản sao được chứng thực từ bản chính hoặc bản sao được cấp từ sổ gốc (sau đây gọi là bản sao) hoặc bản chụp kèm theo bản chính, bản điện tử các giấy tờ này, bao gồm cả giấy tờ được tích hợp, hiển thị trên Ứng dụng định danh điện tử (VneID). Cá nhân có quyền lựa chọn thực hiện thủ tục hành chính về hộ tịch tại cơ quan đăng ký hộ tịch nơi cư trú; nơi cư trú của cá nhân được xác định theo quy định của pháp luật về cư trú. Trường hợp cá nhân lựa chọn thực hiện thủ tục hành chính về hộ tịch không phải tại Ủy ban nhân dân cấp xã nơi thường trú hoặc nơi tạm trú thì Ủy ban nhân dân cấp xã nơi tiếp nhận yêu cầu có trách nhiệm hỗ trợ người dân nộp hồ sơ đăng ký hộ tịch trực tuyến đến đúng cơ quan có thẩm quyền theo quy định. Trường hợp người yêu cầu nộp bản chụp kèm theo bản chính giấy tờ thì người tiếp nhận có trách nhiệm kiểm tra, đối chiếu bản chụp với bản chính và ký xác nhận, không được yêu cầu nộp bản sao giấy tờ đó. Nếu bên kết hôn là công dân Việt Nam đã ly hôn hoặc hủy việc kết hôn tại cơ quan có thẩm quyền nước ngoài nhưng qua tra cứu thông tin trong Cơ sở dữ liệu hộ tịch điện tử; thông qua kết nối giữa Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư không thể hiện thông tin về việc đã ghi chú ly hôn, hủy việc kết hôn thì cơ quan đăng ký hộ tịch hướng dẫn công dân thực hiện thủ tục ghi vào sổ hộ tịch việc ly hôn/hủy việc kết hôn tại cơ quan nhà nước có thẩm quyền trước khi giải quyết việc đăng ký kết hôn. Đối với giấy tờ nộp, xuất trình nếu người yêu cầu nộp hồ sơ theo hình thức trực tiếp: Đối với yêu cầu đăng ký kết hôn, cơ quan đăng ký hộ tịch tra cứu thông tin về tình trạng hôn nhân của người yêu cầu đăng ký kết hôn trên Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư. Kết quả tra cứu được lưu trữ dưới dạng điện tử hoặc bản giấy, phản ánh đầy đủ, chính xác thông tin tại thời điểm tra cứu và đính kèm hồ sơ của người đăng ký. Trường hợp không tra cứu được tình trạng hôn nhân do chưa có thông tin trong Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư, thì cơ quan đăng ký hộ tịch đề nghị Ủy ban nhân dân cấp xã nơi người yêu cầu thường trú/nơi đã đăng ký kết hôn xác minh, cung cấp thông tin. Trong thời hạn 03 ngày làm việc kể từ ngày nhận được yêu cầu…",
        "components": [
          {
            "name": "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác có liên quan để đối chiếu, khai thác dữ liệu. Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ liệu theo quy định của pháp luật. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)",
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          },
          {
            "name": "Mẫu hộ tịch điện tử tương tác đăng ký kết hôn (do người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng dịch vụ công, nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Người có yêu cầu đăng ký kết hôn thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Tờ khai đăng ký kết hôn theo mẫu, có đủ thông tin của hai bên nam, nữ. Hai bên nam, nữ có thể khai chung vào một Tờ khai đăng ký kết hôn (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp)",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000032",
        "name": "Giấy chứng nhận kết hôn"
      }
    ],
    "legalBasis": [
      {
        "number": "04/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "07/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
        "issuer": "Chính phủ"
      },
      {
        "number": "120/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.",
        "date": "2025-06-11",
        "issuer": "Chính phủ"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "52/2014/QH13",
        "type": "Luật",
        "name": "Luật 52/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "60/2014/QH13",
        "type": "Luật",
        "name": "Luật 60/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "01/2022/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2020-07-28",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "104/2022/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công",
        "issuer": "Chính phủ"
      },
      {
        "number": "123/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2015-11-15",
        "issuer": "Chính phủ"
      },
      {
        "number": "08/2025/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
        "date": "2025-06-12",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "87/2020/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp18/2026/NĐ-CP Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "issuer": "Chính phủ"
      },
      {
        "number": "04/2024/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2020-04-08",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "03/2023/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư phápThông tư số",
        "date": "2023-08-02",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "106/2021/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.",
        "date": "2019-11-29",
        "issuer": "Bộ Tài chính"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.000656",
    "name": "Đăng ký khai tử",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": {
        "duration": 1,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "note": "Đối với giấy tờ xuất trình khi đăng ký hộ tịch, người tiếp nhận có trách nhiệm kiểm tra, đối chiếu với thông tin trong tờ khai, chụp lại hoặc ghi lại thông tin để lưu trong hồ sơ và trả lại cho người xuất trình, không được yêu cầu nộp bản sao hoặc bản chụp giấy tờ đó. Người tiếp nhận hồ sơ thực hiện khai thác thông tin trong CSDLQGVDC theo quy định pháp luật nếu người yêu cầu đăng ký hộ tịch đã cung cấp họ, chữ đệm, tên; ngày, tháng, năm sinh; số định danh cá nhân/thẻ căn cước công dân/thẻ căn cước/căn cước điện tử. Trường hợp các thông tin cần khai thác không có trong CSDLQGVDC thì đề nghị người yêu cầu kê khai đầy đủ. Người tiếp nhận có trách nhiệm tiếp nhận đúng, đủ hồ sơ đăng ký hộ tịch theo quy định của pháp luật hộ tịch, không được yêu cầu người đăng ký hộ tịch nộp thêm giấy tờ mà pháp luật hộ tịch không quy định phải nộp . Trường hợp giấy tờ, tài liệu phải gửi kèm trong hồ sơ đăng ký khai tử trực tuyến đã có bản sao điện tử hoặc đã có bản điện tử giấy tờ hộ tịch thì người yêu cầu được sử dụng bản điện tử này. Trường hợp người yêu cầu nộp bản chụp kèm theo bản chính giấy tờ thì người tiếp nhận có trách nhiệm kiểm tra, đối chiếu bản chụp với bản chính và ký xác nhận, không được yêu cầu nộp bản sao giấy tờ đó. Cá nhân có quyền lựa chọn thực hiện thủ tục hành chính về hộ tịch tại cơ quan đăng ký hộ tịch nơi cư trú; nơi cư trú của cá nhân được xác định theo quy định của pháp luật về cư trú. Trường hợp cá nhân lựa chọn thực hiện thủ tục hành chính về hộ tịch không phải tại Ủy ban nhân dân cấp xã nơi thường trú hoặc nơi tạm trú thì Ủy ban nhân dân cấp xã nơi tiếp nhận yêu cầu có trách nhiệm hỗ trợ người dân nộp hồ sơ đăng ký hộ tịch trực tuyến đến đúng cơ quan có thẩm quyền theo quy định. Đối với giấy tờ gửi kèm theo nếu người yêu cầu nộp hồ sơ theo hình thức trực tuyến: Trường hợp người yêu cầu đăng k ý hộ tịch lựa chọn nhận kết quả tại Trung tâm Phục vụ hành chính công thì người yêu cầu đăng ký hộ tịch phải xuất trình giấy tờ tuỳ thân, nộp các giấy tờ là thành phần hồ sơ theo quy định; Trường hợp người yêu cầu đăng ký hộ tịch không lựa chọn nhận kết quả tại Trung tâm Phục vụ hành chính công thì người yêu cầu đăng ký hộ tịch nộp các giấy tờ là thành phần hồ sơ theo quy định trước khi nhận kết quả. Trường hợp người yêu cầu đăng ký hộ tịch không cung cấp được giấy tờ theo quy định hoặc giấy tờ nộp, xuất trình bị tẩy xóa, sửa chữa, làm giả thì cơ quan đăng ký hộ tịch có thẩm quyền hủy bỏ kết quả đăng ký hộ tịch. Trong thời hạn 15 ngày kể từ ngày có người chết thì vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đi đăng ký khai tử; trường hợp người chết không có người thân thích thì đại diện của cơ quan, tổ chức, cá nhân liên quan có trách nhiệm đi khai tử. Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp, công chứng hoặc xác nhận để sử dụng cho việc đăng ký hộ tịch tại Việt Nam phải được hợp pháp hóa lãnh sự theo quy định của pháp luật, trừ trường hợp được miễn theo điều ước quốc tế mà Việt Nam là thành viên. Bản chụp các giấy tờ gửi kèm theo hồ sơ đăng ký khai tử trực tuyến phải bảo đảm rõ nét, đầy đủ, toàn vẹn về nội dung, là bản chụp bằng máy ảnh, điện thoại hoặc được chụp, được quét bằng thiết bị điện tử, từ giấy tờ được cấp hợp lệ, còn giá trị sử dụng. Đối với giấy tờ nộp, xuất trình nếu người yêu cầu nộp hồ sơ theo hình thức trực tiếp:",
        "components": [
          {
            "name": "Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp. Trường hợp người yêu cầu đã nộp bản điện tử Giấy báo tử hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy báo tử thì không phải nộp bản giấy.",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GBT"
          },
          {
            "name": "Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai tử. Trường hợp người có trách nhiệm đăng ký khai tử ủy quyền cho người khác thực hiện việc đăng ký khai tử mà người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy tờ, tài liệu, chứng cứ do cơ quan, tổ chức có thẩm quyền cấp hoặc xác nhận hợp lệ chứng minh sự kiện chết đối với trường hợp đăng ký khai tử cho người chết đã lâu, không có Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử.",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GBT"
          },
          {
            "name": "Trường hợp không xác định được nơi cư trú cuối cùng của người chết thì xuất trình giấy tờ chứng minh nơi người đó chết hoặc nơi phát hiện thi thể của người chết.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)"
          },
          {
            "name": "Giấy tờ chứng minh nơi cư trú cuối cùng của người chết để xác định thẩm quyền trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên. Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ liệu theo quy định của pháp luật.",
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          },
          {
            "name": "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác có liên quan để đối chiếu, khai thác dữ liệu.",
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Mẫu hộ tịch điện tử tương tác đăng ký khai tử (do người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng dịch vụ công, nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai đăng ký khai tử theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Người có yêu cầu đăng ký khai tử thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000034",
        "name": "Trích lục khai tử"
      }
    ],
    "legalBasis": [
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "104/2022/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công",
        "issuer": "Chính phủ"
      },
      {
        "number": "123/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2015-11-15",
        "issuer": "Chính phủ"
      },
      {
        "number": "08/2025/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
        "date": "2025-06-12",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "87/2020/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp18/2026/NĐ-CP Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "issuer": "Chính phủ"
      },
      {
        "number": "04/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "07/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
        "issuer": "Chính phủ"
      },
      {
        "number": "120/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.",
        "date": "2025-06-11",
        "issuer": "Chính phủ"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "60/2014/QH13",
        "type": "Luật",
        "name": "Luật 60/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "01/2022/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2020-07-28",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "04/2024/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2020-04-08",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "03/2023/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư phápThông tư số",
        "date": "2023-08-02",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "106/2021/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.",
        "date": "2019-11-29",
        "issuer": "Bộ Tài chính"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.004884",
    "name": "Đăng ký lại khai sinh",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến) Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên. Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ liệu theo quy định của pháp luật. Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác có liên quan để đối chiếu, khai thác dữ liệu.",
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình",
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          },
          {
            "name": "Trường hợp người yêu cầu đăng ký lại khai sinh là cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang thì phải có văn bản xác nhận của Thủ trưởng cơ quan, đơn vị về việc những nội dung khai sinh của người đó gồm họ, chữ đệm, tên; giới tính; ngày, tháng, năm sinh; dân tộc; quốc tịch; quê quán; quan hệ cha - con, mẹ - con phù hợp với hồ sơ do cơ quan, đơn vị đang quản lý.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Người yêu cầu đăng ký khai sinh có trách nhiệm nộp đầy đủ bản sao các giấy tờ nêu trên (nếu có) và phải cam đoan đã nộp đủ các giấy tờ mình có; chịu trách nhiệm, hệ quả của việc cam đoan không đúng sự thật.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Trường hợp người yêu cầu không có giấy tờ nêu trên thì phải nộp bản sao giấy tờ do cơ quan có thẩm quyền của Việt Nam cấp hợp lệ như: Giấy chứng minh nhân dân, Thẻ căn cước công dân hoặc Hộ chiếu; Sổ hộ khẩu, Sổ tạm trú, giấy tờ chứng minh về nơi cư trú; Bằng tốt nghiệp, Giấy chứng nhận, Chứng chỉ, Học bạ, hồ sơ học tập do cơ quan có thẩm quyền cấp hoặc xác nhận; Giấy tờ khác có thông tin về họ, tên, ngày, tháng, năm sinh của cá nhân.",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          },
          {
            "name": "Bản sao Giấy khai sinh do cơ quan có thẩm quyền của Việt Nam cấp hợp lệ (bản sao được chứng thực từ bản chính, bản sao được cấp từ Sổ đăng ký khai sinh); bản chính hoặc bản sao giấy tờ có giá trị thay thế Giấy khai sinh được cấp trước năm 1945 ở miền Bắc và trước năm 1975 ở miền Nam.",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GKS",
            "replacingResultCode": "KQ.G15.000031"
          },
          {
            "name": "Bản sao toàn bộ hồ sơ, giấy tờ của người yêu cầu hoặc hồ sơ, giấy tờ, tài liệu khác trong đó có thông tin liên quan đến nội dung khai sinh, gồm:",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Văn bản ủy quyền theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký lại khai sinh. Trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp cơ quan đăng ký hộ tịch khai thác được những thông tin này thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư, cơ sở dữ liệu về cán bộ, công chức, viên chức thì người yêu cầu không phải nộp văn bản xác nhận của Thủ trưởng cơ quan, đơn vị."
          },
          {
            "name": "Người yêu cầu đăng ký lại khai sinh thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Mẫu hộ tịch điện tử tương tác đăng ký lại khai sinh, trong đó có cam đoan các thông tin cung cấp là đúng sự thật, không còn bản chính Giấy khai sinh, đã nộp đủ các giấy tờ hiện có và chịu hoàn toàn trách nhiệm trước pháp luật về nội dung cam đoan của mình (do người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng dịch vụ công nếu người yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai đăng ký lại khai sinh theo mẫu, trong đó có cam đoan của người yêu cầu về việc đã nộp đủ các giấy tờ hiện có (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp hoặc gửi hồ sơ qua hệ thống bưu chính)",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000031",
        "name": "Giấy khai sinh"
      }
    ],
    "legalBasis": [
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "09/2022/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 09/2022/TT-BTP ngày 30/12/2022 của Bộ Tư pháp bãi bỏ một số nội dung tại các Thông tư trong lĩnh vực trợ giúp pháp lý, hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "date": "2022-12-30",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "04/2024/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2020-04-08",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "03/2023/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư phápThông tư số",
        "date": "2023-08-02",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "04/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "07/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
        "issuer": "Chính phủ"
      },
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "104/2022/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công",
        "issuer": "Chính phủ"
      },
      {
        "number": "123/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2015-11-15",
        "issuer": "Chính phủ"
      },
      {
        "number": "08/2025/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
        "date": "2025-06-12",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "106/2021/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.",
        "date": "2019-11-29",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "87/2020/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp18/2026/NĐ-CP Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "issuer": "Chính phủ"
      },
      {
        "number": "120/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.",
        "date": "2025-06-11",
        "issuer": "Chính phủ"
      },
      {
        "number": "60/2014/QH13",
        "type": "Luật",
        "name": "Luật 60/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "01/2022/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2020-07-28",
        "issuer": "Bộ Tư pháp"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.003583",
    "name": "Đăng ký khai sinh lưu động",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Bản chính Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy chứng sinh thì không phải nộp bản giấy.",
            "documentTypeCode": "GCS"
          },
          {
            "name": "Tờ khai đăng ký khai sinh theo mẫu.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp khai sinh cho trẻ em sinh ra do mang thai hộ phải có văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ.",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ liệu theo quy định của pháp luật."
          },
          {
            "name": "Giấy chứng nhận kết hôn nếu cha, mẹ đã đăng ký kết hôn. Trường hợp đã có thông tin về việc kết hôn của cha, mẹ trong CSDLHTĐT, CSDLQGVDC thì không phải xuất trình.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình",
            "documentTypeCode": "GCNKH",
            "replacingResultCode": "KQ.G15.000032"
          },
          {
            "name": "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác có liên quan để đối chiếu, khai thác dữ liệu.",
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình",
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000031",
        "name": "Giấy khai sinh"
      }
    ],
    "legalBasis": [
      {
        "number": "106/2021/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.",
        "date": "2019-11-29",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "04/2024/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2020-04-08",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "04/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "07/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
        "issuer": "Chính phủ"
      },
      {
        "number": "120/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.",
        "date": "2025-06-11",
        "issuer": "Chính phủ"
      },
      {
        "number": "60/2014/QH13",
        "type": "Luật",
        "name": "Luật 60/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "104/2022/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công",
        "issuer": "Chính phủ"
      },
      {
        "number": "18/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp",
        "issuer": "Chính phủ"
      },
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "08/2025/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
        "date": "2025-06-12",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "123/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2015-11-15",
        "issuer": "Chính phủ"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.000689",
    "name": "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "note": "Cơ quan đăng ký hộ tịch từ chối giải quyết hoặc đề nghị cơ quan có thẩm quyền hủy bỏ kết quả đăng ký hộ tịch, nếu có cơ sở xác định nội dung cam đoan không đúng sự thật. Người yêu cầu đăng ký hộ tịch có thể nộp bản sao chứng thực từ bản chính hoặc bản sao được cấp từ sổ gốc hoặc bản chụp kèm theo bản chính giấy tờ để đối chiếu. Trường hợp người yêu cầu nộp bản chụp kèm theo bản chính giấy tờ thì người tiếp nhận có trách nhiệm kiểm tra, đối chiếu bản chụp với bản chính và ký xác nhận, không được yêu cầu người đi đăng ký nộp bản sao giấy tờ đó. Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp, công chứng hoặc xác nhận để sử dụng cho việc đăng ký hộ tịch tại Việt Nam phải được hợp pháp hóa lãnh sự theo quy định của pháp luật, trừ trường hợp được miễn theo điều ước quốc tế mà Việt Nam là thành viên. Trường hợp người yêu cầu đăng k ý hộ tịch lựa chọn nhận kết quả tại Trung tâm Phục vụ hành chính công thì người yêu cầu đăng ký hộ tịch phải xuất trình giấy tờ tuỳ thân, nộp các giấy tờ là thành phần hồ sơ theo quy định; Trường hợp người yêu cầu đăng ký hộ tịch không lựa chọn nhận kết quả tại Trung tâm Phục vụ hành chính công thì người yêu cầu đăng ký hộ tịch nộp các giấy tờ là thành phần hồ sơ theo quy định trước khi nhận kết quả. Đối với giấy tờ nộp, xuất trình: Cá nhân có quyền lựa chọn thực hiện thủ tục hành chính về hộ tịch tại cơ quan đăng ký hộ tịch nơi cư trú; nơi cư trú của cá nhân được xác định theo quy định của pháp luật về cư trú. Trường hợp cá nhân lựa chọn thực hiện thủ tục hành chính về hộ tịch không phải tại Ủy ban nhân dân cấp xã nơi thường trú hoặc nơi tạm trú thì Ủy ban nhân dân cấp xã nơi tiếp nhận yêu cầu có trách nhiệm hỗ trợ người dân nộp hồ sơ đăng ký hộ tịch trực tuyến đến đúng cơ quan có thẩm quyền theo quy định. Trường hợp cha, mẹ không thỏa thuận được về họ, dân tộc, quê quán của con khi đăng ký khai sinh thì họ, dân tộc, quê quán của con được xác định theo tập quán nhưng phải bảo đảm theo họ, dân tộc, quê quán của cha hoặc mẹ. Trường hợp người yêu cầu đăng ký hộ tịch không cung cấp được giấy tờ theo quy định hoặc giấy tờ nộp, xuất trình bị tẩy xóa, sửa chữa, làm giả thì cơ quan đăng ký hộ tịch có thẩm quyền hủy bỏ kết quả đăng ký hộ tịch. Người tiếp nhận hồ sơ thực hiện khai thác thông tin trong CSDLQGVDC theo quy định pháp luật nếu người yêu cầu đăng ký hộ tịch đã cung cấp họ, chữ đệm, tên; ngày, tháng, năm sinh; số định danh cá nhân/thẻ căn cước công dân/thẻ căn cước/căn cước điện tử. Trường hợp các thông tin cần khai thác không có trong CSDLQGVDC thì đề nghị người yêu cầu kê khai đầy đủ. Người tiếp nhận có trách nhiệm tiếp nhận đúng, đủ hồ sơ đăng ký hộ tịch theo quy định của pháp luật hộ tịch, không được yêu cầu người đăng ký hộ tịch nộp thêm giấy tờ mà pháp luật hộ tịch không quy định phải nộp . Trường hợp cho phép người yêu cầu đăng ký hộ tịch lập văn bản cam đoan về nội dung yêu cầu đăng ký hộ tịch thì cơ quan đăng ký hộ tịch phải giải thích rõ cho người lập văn bản cam đoan về trách nhiệm, hệ quả pháp lý của việc cam đoan không đúng sự thật. Đối với việc xác định họ, dân tộc, quê quán, đặt tên cho trẻ: Việc xác định họ, dân tộc, đặt tên cho trẻ em phải phù hợp với pháp luật và yêu cầu giữ gìn bản sắc dân tộc, tập quán, truyền thống văn hóa tốt đẹp của Việt Nam; không đặt tên quá dài, khó sử dụng. Người tiếp nhận có trách nhiệm kiểm tra, đối chiếu với thông tin trong tờ khai, chụp lại hoặc ghi lại thông tin để lưu trong hồ sơ và trả lại cho người xuất trình, không được yêu cầu nộp bản sao hoặc bản chụp giấy tờ đó .",
        "components": [
          {
            "name": "Bản chính Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy chứng sinh thì không phải nộp bản giấy.",
            "documentTypeCode": "GCS"
          },
          {
            "name": "Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Trường hợp không có văn bản nêu trên thì phải có văn bản cam đoan của các bên nhận cha, mẹ, con về mối quan hệ cha, mẹ, con và có ít nhất hai người làm chứng về mối quan hệ cha, mẹ, con.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Chứng cứ chứng minh quan hệ cha, con hoặc quan hệ mẹ, con gồm:",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan khác có thẩm quyền xác nhận quan hệ cha con, quan hệ mẹ con.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai đăng ký khai sinh theo mẫu",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ liệu theo quy định của pháp luật. Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên. Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác có liên quan để đối chiếu, khai thác dữ liệu.",
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)",
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000031",
        "name": "Giấy khai sinh"
      },
      {
        "code": "KQ.G15.000033",
        "name": "Trích lục đăng ký nhận cha, mẹ, con"
      }
    ],
    "legalBasis": [
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "104/2022/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công",
        "issuer": "Chính phủ"
      },
      {
        "number": "123/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2015-11-15",
        "issuer": "Chính phủ"
      },
      {
        "number": "08/2025/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
        "date": "2025-06-12",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "87/2020/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp18/2026/NĐ-CP Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "issuer": "Chính phủ"
      },
      {
        "number": "04/2024/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2020-04-08",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "106/2021/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.",
        "date": "2019-11-29",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "04/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "07/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
        "issuer": "Chính phủ"
      },
      {
        "number": "120/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.",
        "date": "2025-06-11",
        "issuer": "Chính phủ"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "60/2014/QH13",
        "type": "Luật",
        "name": "Luật 60/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "01/2022/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2020-07-28",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "52/2014/QH13",
        "type": "Luật",
        "name": "Luật 52/2014/QH13",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000806",
    "name": "Đăng ký kết hôn có yếu tố nước ngoài",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "note": "Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp, công chứng hoặc xác nhận để sử dụng cho việc đăng ký hộ tịch tại Việt Nam phải được hợp pháp hóa lãnh sự theo quy định của pháp luật, trừ trường hợp được miễn theo điều ước quốc tế mà Việt Nam là thành viên. Đối với giấy tờ gửi kèm theo nếu người yêu cầu nộp hồ sơ theo hình thức trực tuyến: Đối với giấy tờ xuất trình khi đăng ký hộ tịch, người tiếp nhận có trách nhiệm kiểm tra, đối chiếu với thông tin trong tờ khai, chụp lại hoặc ghi lại thông tin để lưu trong hồ sơ và trả lại cho người xuất trình, không được yêu cầu nộp bản sao hoặc bản chụp giấy tờ đó. Cá nhân có quyền lựa chọn thực hiện thủ tục hành chính về hộ tịch tại cơ quan đăng ký hộ tịch nơi cư trú; nơi cư trú của cá nhân được xác định theo quy định của pháp luật về cư trú. Trường hợp cá nhân lựa chọn thực hiện thủ tục hành chính về hộ tịch không phải tại Ủy ban nhân dân cấp xã nơi thường trú hoặc nơi tạm trú thì Ủy ban nhân dân cấp xã nơi tiếp nhận yêu cầu có trách nhiệm hỗ trợ người dân nộp hồ sơ đăng ký hộ tịch trực tuyến đến đúng cơ quan có thẩm quyền theo quy định. Khi đến cơ quan đăng ký hộ tịch nhận kết quả (Giấy chứng nhận kết hôn), người có yêu cầu đăng ký kết hôn phải nộp giấy tờ chứng minh tình trạng hôn nhân (đối với người nước ngoài), giấy xác nhận của tổ chức y tế. Trường hợp người yêu cầu nộp bản chụp kèm theo bản chính giấy tờ thì người tiếp nhận có trách nhiệm kiểm tra, đối chiếu bản chụp với bản chính và ký xác nhận, không được yêu cầu nộp bản sao giấy tờ đó. Trường hợp người yêu cầu đăng ký kết hôn không cung cấp được giấy tờ nêu trên theo quy định hoặc giấy tờ nộp, xuất trình bị tẩy xóa, sửa chữa, làm giả thì cơ quan đăng ký hộ tịch có thẩm quyền hủy bỏ kết quả đăng ký kết hôn. Trường hợp giấy tờ, tài liệu phải gửi kèm trong hồ sơ đăng ký kết hôn trực tuyến đã có bản sao điện tử hoặc đã có bản điện tử giấy tờ hộ tịch thì người yêu cầu được sử dụng bản điện tử này. Nếu bên kết hôn là công dân Việt Nam đã ly hôn hoặc hủy việc kết hôn tại cơ quan có thẩm quyền nước ngoài nhưng qua tra cứu thông tin trong Cơ sở dữ liệu hộ tịch điện tử; thông qua kết nối giữa Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư không thể hiện thông tin về việc đã ghi chú ly hôn, hủy việc kết hôn thì cơ quan đăng ký hộ tịch hướng dẫn công dân thực hiện thủ tục ghi vào sổ hộ tịch việc ly hôn/hủy việc kết hôn tại cơ quan nhà nước có thẩm quyền trước khi giải quyết việc đăng ký kết hôn. Người tiếp nhận hồ sơ thực hiện khai thác thông tin trong CSDLQGVDC theo quy định pháp luật nếu người yêu cầu đăng ký hộ tịch đã cung cấp họ, chữ đệm, tên; ngày, tháng, năm sinh; số định danh cá nhân/thẻ căn cước công dân/thẻ căn cước/căn cước điện tử. Trường hợp các thông tin cần khai thác không có trong CSDLQGVDC thì đề nghị người yêu cầu kê khai đầy đủ. Đối với yêu cầu đăng ký khai sinh mà cha, mẹ trẻ đã đăng ký kết hôn, trên cơ sở thông tin về Giấy chứng nhận kết hôn cung cấp trong Tờ khai đăng ký khai sinh, cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin về tình trạng hôn nhân của cha, mẹ trẻ trên Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh thông qua kết nối với CSDLHTĐT, CSQGVDC. Kết quả tra cứu được lưu trữ dưới dạng điện tử hoặc bản giấy, phản ánh đầy đủ, chính xác thông tin tại thời điểm tra cứu và đính kèm hồ sơ của người đăng ký. Trường hợp không tra cứu được tình trạng hôn nhân do chưa có thông tin trong CSDLHTĐT, CSQGVDC, thì cơ quan đăng ký hộ tịch đề nghị Ủy ban nhân dân cấp xã nơi người yêu cầu thường trú/nơi đã đăng ký kết hôn xác minh, cung cấp thông tin. Trong thời hạn 03 ngày làm việc kể từ ngày nhận được yêu cầu xác minh, Ủy ban nhân dân cấp xã nơi nhận được đề nghị xác minh có trách nhiệm kiểm tra, xác minh và gửi kết quả về tình trạng hôn nhân của người đó. Đối với giấy tờ nộp, xuất trình nếu người yêu cầu nộp hồ sơ theo hình thức trực tiếp: Bản chụp các giấy tờ gửi kèm theo hồ sơ đăng ký kết hôn trực tuyến phải bảo đảm…",
        "components": [
          {
            "name": "Người nước ngoài, công dân Việt Nam định cư ở nước ngoài phải nộp bản sao hộ chiếu/giấy tờ có giá trị thay thế hộ chiếu.",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "HC"
          },
          {
            "name": "Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền của nước mà người đó là công dân cấp còn giá trị sử dụng, xác nhận hiện tại người đó không có vợ hoặc không có chồng; trường hợp nước ngoài không cấp xác nhận tình trạng hôn nhân thì thay bằng giấy tờ do cơ quan có thẩm quyền nước ngoài xác nhận người đó có đủ điều kiện kết hôn theo pháp luật nước đó.",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "XNTTHN",
            "replacingResultCode": "KQ.G15.000038"
          },
          {
            "name": "Giấy xác nhận của tổ chức y tế có thẩm quyền của Việt Nam hoặc nước ngoài xác nhận các bên kết hôn không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Ngoài giấy tờ nêu trên, tùy từng trường hợp, bên nam, bên nữ phải nộp giấy tờ tương ứng sau đây:",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Công dân Việt Nam là công chức, viên chức hoặc đang phục vụ trong lực lượng vũ trang phải nộp văn bản của cơ quan, đơn vị quản lý xác nhận việc kết hôn với người nước ngoài không trái với quy định của ngành đó",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp người yêu cầu đăng ký kết hôn đang công tác, học tập, lao động có thời hạn ở nước ngoài thì phải nộp Giấy xác nhận tình trạng hôn nhân do Cơ quan đại diện ngoại giao, Cơ quan đại diện lãnh sự của Việt Nam ở nước ngoài cấp.",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "XNTTHN",
            "replacingResultCode": "KQ.G15.000038"
          },
          {
            "name": "Công dân Việt Nam đã ly hôn hoặc hủy việc kết hôn tại cơ quan có thẩm quyền của nước ngoài phải nộp bản sao trích lục hộ tịch về việc đã ghi vào sổ việc ly hôn hoặc hủy việc kết hôn trái pháp luật (Trích lục ghi chú ly hôn)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giá trị sử dụng của giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài được xác định theo thời hạn ghi trên giấy tờ đó. Trường hợp giấy tờ chứng minh tình trạng hôn nhân không ghi thời hạn sử dụng thì giấy tờ này và giấy xác nhận của tổ chức y tế có giá trị trong thời hạn 06 tháng, kể từ ngày cấp.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên. Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác có liên quan để đối chiếu, khai thác dữ liệu. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến) Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ liệu theo quy định của pháp luật.",
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình",
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          },
          {
            "name": "Mẫu hộ tịch điện tử tương tác đăng ký kết hôn (do người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng dịch vụ công, nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai đăng ký kết hôn theo mẫu, có đủ thông tin của hai bên nam, nữ. Hai bên nam, nữ có thể khai chung vào một Tờ khai đăng ký kết hôn (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Người có yêu cầu đăng ký kết hôn thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000032",
        "name": "Giấy chứng nhận kết hôn"
      }
    ],
    "legalBasis": [
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "104/2022/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công",
        "issuer": "Chính phủ"
      },
      {
        "number": "123/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2015-11-15",
        "issuer": "Chính phủ"
      },
      {
        "number": "04/2024/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2020-04-08",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "106/2021/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.",
        "date": "2019-11-29",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "04/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "07/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
        "issuer": "Chính phủ"
      },
      {
        "number": "120/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.",
        "date": "2025-06-11",
        "issuer": "Chính phủ"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "01/2022/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2020-07-28",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "52/2014/QH13",
        "type": "Luật",
        "name": "Luật 52/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "60/2014/QH13",
        "type": "Luật",
        "name": "Luật 60/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "08/2025/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
        "date": "2025-06-12",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "87/2020/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp18/2026/NĐ-CP Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "issuer": "Chính phủ"
      },
      {
        "number": "03/2023/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số nội dung của Thông tư số 01/2022/TT-BTP ngày 04/01/2022 của Bộ trưởng Bộ Tư pháp quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2022-01-04",
        "issuer": "Bộ Tư pháp"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001766",
    "name": "Đăng ký khai tử có yếu tố nước ngoài",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": {
        "duration": 1,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "note": "Người yêu cầu đăng ký hộ tịch có thể nộp bản sao được chứng thực từ bản chính hoặc bản sao được cấp từ sổ gốc (sau đây gọi là bản sao) hoặc bản chụp kèm theo bản chính, bản điện tử các giấy tờ này, bao gồm cả giấy tờ được tích hợp, hiển thị trên Ứng dụng định danh điện tử (VneID). Đối với giấy tờ gửi kèm theo nếu người yêu cầu nộp hồ sơ theo hình thức trực tuyến: Trường hợp người yêu cầu đăng ký hộ tịch không cung cấp được giấy tờ theo quy định hoặc giấy tờ nộp, xuất trình bị tẩy xóa, sửa chữa, làm giả thì cơ quan đăng ký hộ tịch có thẩm quyền hủy bỏ kết quả đăng ký hộ tịch. Trường hợp người yêu cầu đăng k ý hộ tịch lựa chọn nhận kết quả tại Trung tâm Phục vụ hành chính công thì người yêu cầu đăng ký hộ tịch phải xuất trình giấy tờ tuỳ thân, nộp các giấy tờ là thành phần hồ sơ theo quy định; Trường hợp người yêu cầu đăng ký hộ tịch không lựa chọn nhận kết quả tại Trung tâm Phục vụ hành chính công thì người yêu cầu đăng ký hộ tịch nộp các giấy tờ là thành phần hồ sơ theo quy định trước khi nhận kết quả. Đối với giấy tờ nộp, xuất trình nếu người yêu cầu nộp hồ sơ theo hình thức trực tiếp: Trường hợp người yêu cầu nộp bản chụp kèm theo bản chính giấy tờ thì người tiếp nhận có trách nhiệm kiểm tra, đối chiếu bản chụp với bản chính và ký xác nhận, không được yêu cầu nộp bản sao giấy tờ đó. Bản chụp các giấy tờ gửi kèm theo hồ sơ đăng ký khai tử trực tuyến phải bảo đảm rõ nét, đầy đủ, toàn vẹn về nội dung, là bản chụp bằng máy ảnh, điện thoại hoặc được chụp, được quét bằng thiết bị điện tử, từ giấy tờ được cấp hợp lệ, còn giá trị sử dụng. Đối với giấy tờ xuất trình khi đăng ký hộ tịch, người tiếp nhận có trách nhiệm kiểm tra, đối chiếu với thông tin trong tờ khai, chụp lại hoặc ghi lại thông tin để lưu trong hồ sơ và trả lại cho người xuất trình, không được yêu cầu nộp bản sao hoặc bản chụp giấy tờ đó. Người tiếp nhận hồ sơ thực hiện khai thác thông tin trong CSDLQGVDC theo quy định pháp luật nếu người yêu cầu đăng ký hộ tịch đã cung cấp họ, chữ đệm, tên; ngày, tháng, năm sinh; số định danh cá nhân/thẻ căn cước công dân/thẻ căn cước/căn cước điện tử. Trường hợp các thông tin cần khai thác không có trong CSDLQGVDC thì đề nghị người yêu cầu kê khai đầy đủ. Trường hợp giấy tờ, tài liệu phải gửi kèm trong hồ sơ đăng ký khai tử trực tuyến đã có bản sao điện tử hoặc đã có bản điện tử giấy tờ hộ tịch thì người yêu cầu được sử dụng bản điện tử này. Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp, công chứng hoặc xác nhận để sử dụng cho việc đăng ký hộ tịch tại Việt Nam phải được hợp pháp hóa lãnh sự theo quy định của pháp luật, trừ trường hợp được miễn theo điều ước quốc tế mà Việt Nam là thành viên. Người tiếp nhận có trách nhiệm tiếp nhận đúng, đủ hồ sơ đăng ký hộ tịch theo quy định của pháp luật hộ tịch, không được yêu cầu người đăng ký hộ tịch nộp thêm giấy tờ mà pháp luật hộ tịch không quy định phải nộp .",
        "components": [
          {
            "name": "Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc đăng ký khai tử. Trường hợp người có trách nhiệm đăng ký khai tử ủy quyền cho người khác thực hiện việc đăng ký khai tử mà người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp. Trường hợp người yêu cầu đã nộp bản điện tử Giấy báo tử hoặc cơ quan đăng ký hộ tịch đã khai thác được dữ liệu điện tử có ký số của Giấy báo tử thì không phải nộp bản giấy.",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GBT"
          },
          {
            "name": "Giấy tờ, tài liệu, chứng cứ do cơ quan, tổ chức có thẩm quyền cấp hoặc xác nhận hợp lệ chứng minh sự kiện chết đối với trường hợp đăng ký khai tử cho người chết đã lâu, không có Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử.",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.",
            "documentTypeCode": "GBT"
          },
          {
            "name": "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác có liên quan để đối chiếu, khai thác dữ liệu.",
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến) Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ liệu theo quy định của pháp luật.",
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          },
          {
            "name": "Tờ khai đăng ký khai tử theo mẫu (nếu nộp hồ sơ theo hình thức trực tiếp hoặc gửi hồ sơ qua hệ thống bưu chính).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Người có yêu cầu đăng ký khai tử thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau :",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Mẫu hộ tịch điện tử tương tác đăng ký khai tử (do người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng dịch vụ công, nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000034",
        "name": "Trích lục khai tử"
      }
    ],
    "legalBasis": [
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "104/2022/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công",
        "issuer": "Chính phủ"
      },
      {
        "number": "123/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2015-11-15",
        "issuer": "Chính phủ"
      },
      {
        "number": "87/2020/NĐ-CP",
        "type": "Nghị định",
        "name": "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp08/2025/TT-BTP Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2025-06-12",
        "issuer": "Chính phủ"
      },
      {
        "number": "18/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp",
        "issuer": "Chính phủ"
      },
      {
        "number": "04/2024/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2020-04-08",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "03/2023/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư phápThông tư số",
        "date": "2023-08-02",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "04/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "07/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
        "issuer": "Chính phủ"
      },
      {
        "number": "120/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.",
        "date": "2025-06-11",
        "issuer": "Chính phủ"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "60/2014/QH13",
        "type": "Luật",
        "name": "Luật 60/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "01/2022/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2020-07-28",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "106/2021/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.",
        "date": "2019-11-29",
        "issuer": "Bộ Tài chính"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.004746",
    "name": "Đăng ký lại kết hôn",
    "sectorCode": "ho-tich",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Bản sao Giấy chứng nhận kết hôn được cấp trước đây. Nếu không có bản sao Giấy chứng nhận kết hôn thì nộp bản sao hồ sơ, giấy tờ cá nhân có các thông tin liên quan đến nội dung đăng ký kết hôn.",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GCNKH",
            "replacingResultCode": "KQ.G15.000032"
          },
          {
            "name": "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến) Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác có liên quan để đối chiếu, khai thác dữ liệu.",
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Giấy tờ chứng minh nơi cư trú để xác định thẩm quyền (nếu việc đăng ký lại kết hôn thực hiện tại Ủy ban nhân dân cấp xã không phải là nơi đăng ký kết hôn trước đây) trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên. Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ liệu theo quy định của pháp luật.",
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          },
          {
            "name": "Tờ khai đăng ký lại kết hôn theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Mẫu hộ tịch điện tử tương tác đăng ký lại kết hôn",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Người có yêu cầu đăng ký lại kết hôn thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G15.000032",
        "name": "Giấy chứng nhận kết hôn"
      }
    ],
    "legalBasis": [
      {
        "number": "104/2022/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công",
        "issuer": "Chính phủ"
      },
      {
        "number": "87/2020/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch123/2015/NĐ-CP Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2015-11-15",
        "issuer": "Chính phủ"
      },
      {
        "number": "08/2025/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
        "date": "2025-06-12",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "18/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp",
        "issuer": "Chính phủ"
      },
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "03/2023/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư phápThông tư số",
        "date": "2023-08-02",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "106/2021/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.",
        "date": "2019-11-29",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "04/2024/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2020-04-08",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "01/2022/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2020-07-28",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "07/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
        "issuer": "Chính phủ"
      },
      {
        "number": "04/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "120/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.",
        "date": "2025-06-11",
        "issuer": "Chính phủ"
      },
      {
        "number": "60/2014/QH13",
        "type": "Luật",
        "name": "Luật 60/2014/QH13",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000635",
    "name": "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh",
    "sectorCode": "ho-tich",
    "levels": [
      "province",
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49",
      "000.00.06.H56",
      "000.00.06.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": null,
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "note": "Người yêu cầu đăng ký hộ tịch có thể nộp bản sao được chứng thực từ bản chính hoặc bản sao được cấp từ sổ gốc (sau đây gọi là bản sao) hoặc bản chụp kèm theo bản chính, bản điện tử các giấy tờ này, bao gồm cả giấy tờ được tích hợp, hiển thị trên Ứng dụng định danh điện tử (VneID). Trường hợp người yêu cầu đăng k ý hộ tịch lựa chọn nhận kết quả tại Trung tâm Phục vụ hành chính công thì người yêu cầu đăng ký hộ tịch phải xuất trình giấy tờ tuỳ thân, nộp các giấy tờ là thành phần hồ sơ theo quy định. Đối với giấy tờ gửi kèm theo nếu người yêu cầu nộp hồ sơ theo hình thức trực tuyến: Đối với giấy tờ xuất trình khi đăng ký hộ tịch, người tiếp nhận có trách nhiệm kiểm tra, đối chiếu với thông tin trong tờ khai, chụp lại hoặc ghi lại thông tin để lưu trong hồ sơ và trả lại cho người xuất trình, không được yêu cầu nộp bản sao hoặc bản chụp giấy tờ đó. Bản chụp các giấy tờ gửi kèm theo hồ sơ cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh trực tuyến phải bảo đảm rõ nét, đầy đủ, toàn vẹn về nội dung, là bản chụp bằng máy ảnh, điện thoại hoặc được chụp, được quét bằng thiết bị điện tử, từ giấy tờ được cấp hợp lệ, còn giá trị sử dụng. Người tiếp nhận có trách nhiệm tiếp nhận đúng, đủ hồ sơ đăng ký hộ tịch theo quy định của pháp luật hộ tịch, không được yêu cầu người đăng ký hộ tịch nộp thêm giấy tờ mà pháp luật hộ tịch không quy định phải nộp . Trường hợp người yêu cầu nộp bản chụp kèm theo bản chính giấy tờ thì người tiếp nhận có trách nhiệm kiểm tra, đối chiếu bản chụp với bản chính và ký xác nhận, không được yêu cầu nộp bản sao giấy tờ đó. Cá nhân có quyền lựa chọn thực hiện thủ tục hành chính về hộ tịch tại cơ quan đăng ký hộ tịch nơi cư trú; nơi cư trú của cá nhân được xác định theo quy định của pháp luật về cư trú. Trường hợp cá nhân lựa chọn thực hiện thủ tục hành chính về hộ tịch không phải tại Ủy ban nhân dân cấp xã nơi thường trú hoặc nơi tạm trú thì Ủy ban nhân dân cấp xã nơi tiếp nhận yêu cầu có trách nhiệm hỗ trợ người dân nộp hồ sơ đăng ký hộ tịch trực tuyến đến đúng cơ quan có thẩm quyền theo quy định. Trường hợp giấy tờ, tài liệu phải gửi kèm trong hồ sơ cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh trực tuyến đã có bản sao điện tử hoặc bản điện tử giấy tờ hộ tịch thì người yêu cầu được sử dụng bản điện tử này. Trường hợp người yêu cầu cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh không cung cấp đầy đủ hoặc cung cấp các thông tin không chính xác, không thể tra cứu được thông tin thì cơ quan đăng ký hộ tịch từ chối giải quyết. Đối với giấy tờ nộp, xuất trình nếu người yêu cầu nộp hồ sơ theo hình thức trực tiếp: Người tiếp nhận hồ sơ thực hiện khai thác thông tin trong CSDLQGVDC theo quy định pháp luật nếu người yêu cầu đăng ký hộ tịch đã cung cấp họ, chữ đệm, tên; ngày, tháng, năm sinh; số định danh cá nhân/thẻ căn cước công dân/thẻ căn cước/căn cước điện tử. Trường hợp các thông tin cần khai thác không có trong CSDLQGVDC thì đề nghị người yêu cầu kê khai đầy đủ. Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp, công chứng hoặc xác nhận để sử dụng cho việc đăng ký hộ tịch tại Việt Nam phải được hợp pháp hóa lãnh sự theo quy định của pháp luật, trừ trường hợp được miễn theo điều ước quốc tế mà Việt Nam là thành viên.",
        "components": [
          {
            "name": "Văn bản ủy quyền theo quy định của pháp luật trong trường hợp ủy quyền thực hiện yêu cầu cấp bản sao Trích lục hộ tịch. Trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên."
          },
          {
            "name": "Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp giấy tờ tùy thân sử dụng là: Hộ chiếu, Thẻ căn cước, Căn cước công dân, Giấy chứng nhận căn cước thì người có yêu cầu đăng ký hộ tịch chỉ cần cung cấp thông tin số định danh cá nhân hoặc thông tin về giấy tờ (số, ngày/tháng/năm cấp), cơ quan đăng ký hộ tịch có trách nhiệm tra cứu thông tin thông qua kết nối với Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác có liên quan để đối chiếu, khai thác dữ liệu.",
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư bằng các phương thức này thì người có yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).",
            "originals": 1,
            "copies": 0,
            "note": "Giấy tờ phải xuất trình. Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến) Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên. Trường hợp không khai thác được thông tin hoặc thông tin khai thác được không đầy đủ, không chính xác thì cơ quan đăng ký hộ tịch yêu cầu người đi đăng ký hộ tịch xuất trình bản chính giấy tờ để chứng minh, đồng thời đề nghị người đi đăng ký hộ tịch cập nhật, điều chỉnh thông tin trong các cơ sở dữ liệu theo quy định của pháp luật.",
            "documentTypeCode": "XNCT",
            "replacingResultCode": "KQ.G01.000062"
          },
          {
            "name": "Tờ khai đề nghị bản sao Trích lục hộ tịch theo mẫu trong trường hợp người yêu cầu là cá nhân hoặc Văn bản yêu cầu cấp bản sao Trích lục hộ tịch nêu rõ lý do trong trường hợp người yêu cầu là cơ quan, tổ chức (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Mẫu điện tử tương tác yêu cầu cấp bản sao Giấy khai sinh, bản sao Trích lục hộ tịch (do người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng dịch vụ công, nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Người có yêu cầu cấp bản sao Trích lục hộ tịch thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:",
            "originals": 0,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 8000,
        "description": "Phí, lệ phí"
      }
    ],
    "results": [
      {
        "code": "KQ.G15.000342",
        "name": "Bản sao Trích lục hộ tịch, bản sao giấy khai sinh"
      }
    ],
    "legalBasis": [
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "04/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "07/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
        "issuer": "Chính phủ"
      },
      {
        "number": "120/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.",
        "date": "2025-06-11",
        "issuer": "Chính phủ"
      },
      {
        "number": "60/2014/QH13",
        "type": "Luật",
        "name": "Luật 60/2014/QH13",
        "issuer": "Quốc hội"
      },
      {
        "number": "01/2022/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2020-07-28",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "18/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp",
        "issuer": "Chính phủ"
      },
      {
        "number": "123/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2015-11-15",
        "issuer": "Chính phủ"
      },
      {
        "number": "87/2020/NĐ-CP",
        "type": "Nghị định",
        "name": "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp08/2025/TT-BTP Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "date": "2025-06-12",
        "issuer": "Chính phủ"
      },
      {
        "number": "04/2024/TT-BTP",
        "type": "Thông tư",
        "name": "Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "date": "2020-04-08",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "03/2023/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư phápThông tư số",
        "date": "2023-08-02",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "106/2021/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.",
        "date": "2019-11-29",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "281/2016/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư 281/2016/TT-BTC",
        "issuer": "Bộ Tài chính"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000815",
    "name": "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận",
    "sectorCode": "chung-thuc",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": null,
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao và bản sao cần chứng thực. Trường hợp người yêu cầu chứng thực chỉ xuất trình bản chính thì cơ quan, tổ chức tiến hành chụp từ bản chính để thực hiện chứng thực, trừ trường hợp cơ quan, tổ chức không có phương tiện để chụp. Bản sao từ bản chính để thực hiện chứng thực phải có đầy đủ các trang đã ghi thông tin của bản chính.",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 2000,
        "description": "đồng/trang"
      }
    ],
    "results": [
      {
        "code": "KQ.G15.000021",
        "name": "Bản sao được chứng thực từ bản chính"
      }
    ],
    "legalBasis": [
      {
        "number": "264/2016/TT-BTC",
        "type": "Thông tư",
        "name": "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực ngoại giao áp dụng tại các Cơ quan đại diện Việt Nam ở nước ngoài",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "23/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
        "issuer": "Chính phủ"
      },
      {
        "number": "257/2016/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư quy định mức thu, chế độ thu, nộp, quản lý, sử dụng phí công chứng; phí chứng thực bản sao từ bản chính, chứng thực chữ ký trong giấy tờ, văn bản; phí thẩm định tiêu chuẩn, điều kiện hành nghề công chứng; phí thẩm định điều kiện hoạt động Văn phòng công chứng; lệ phí cấp thẻ công chứng viên",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "280/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 280/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch, được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP",
        "issuer": "Chính phủ"
      },
      {
        "number": "01/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư 01/2020/TT-BTP",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "226/2016/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư 226/2016/TT-BTC",
        "issuer": "Bộ Tài chính"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000884",
    "name": "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
    "sectorCode": "chung-thuc",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": null,
      "online": null
    },
    "cases": [
      {
        "name": "Người yêu cầu chứng thực phải xuất trình các giấy tờ sau",
        "components": [
          {
            "name": "Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước công dân hoặc Thẻ căn cước hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu hoặc giấy tờ xuất nhập cảnh hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị sử dụng.",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Giấy tờ, văn bản mà mình sẽ yêu cầu chứng thực chữ ký. Trường hợp chứng thực chữ ký trong giấy tờ, văn bản bằng tiếng nước ngoài, nếu người thực hiện chứng thực không hiểu rõ nội dung của giấy tờ, văn bản thì có quyền yêu cầu người yêu cầu chứng thực nộp kèm theo bản dịch ra tiếng Việt nội dung của giấy tờ, văn bản đó (bản dịch không cần công chứng hoặc chứng thực chữ ký người dịch, người yêu cầu chứng thực phải chịu trách nhiệm về nội dung của bản dịch).",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 10000,
        "description": "đồng/trường hợp"
      }
    ],
    "results": [
      {
        "code": "KQ.G15.000022",
        "name": "Giấy tờ, văn bản được chứng thực chữ ký/điểm chỉ"
      }
    ],
    "legalBasis": [
      {
        "number": "264/2016/TT-BTC",
        "type": "Thông tư",
        "name": "Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực ngoại giao áp dụng tại các Cơ quan đại diện Việt Nam ở nước ngoài",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "280/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 280/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch, được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP",
        "issuer": "Chính phủ"
      },
      {
        "number": "01/2020/TT-BTP",
        "type": "Thông tư",
        "name": "Thông tư 01/2020/TT-BTP",
        "issuer": "Bộ Tư pháp"
      },
      {
        "number": "226/2016/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư 226/2016/TT-BTC",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "23/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
        "issuer": "Chính phủ"
      },
      {
        "number": "257/2016/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư quy định mức thu, chế độ thu, nộp, quản lý, sử dụng phí công chứng; phí chứng thực bản sao từ bản chính, chứng thực chữ ký trong giấy tờ, văn bản; phí thẩm định tiêu chuẩn, điều kiện hành nghề công chứng; phí thẩm định điều kiện hoạt động Văn phòng công chứng; lệ phí cấp thẻ công chứng viên",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "18/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp.",
        "issuer": "Chính phủ"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.004222",
    "name": "Đăng ký thường trú",
    "sectorCode": "dang-ky-quan-ly-cu-tru",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 7,
        "unit": "working_day"
      },
      "online": {
        "duration": 7,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình",
        "components": [
          {
            "name": "Văn bản xác nhận của Ủy ban nhân dân cấp xã về địa điểm phương tiện đăng ký đậu, đỗ thường xuyên trong trường hợp phương tiện không phải đăng ký hoặc nơi đăng ký phương tiện không trùng với nơi thường xuyên đậu, đỗ (nội dung xác nhận tại mục 1 của Ủy ban nhân dân cấp xã tại Tờ khai đề nghị xác nhận nơi thường xuyên đậu, đỗ; sử dụng phương tiện vào mục đích để ở theo Mẫu số 01 ban hành kèm theo Nghị định số 154/2024/NĐ-CP).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy chứng nhận đăng ký phương tiện và giấy chứng nhận an toàn kỹ thuật và bảo vệ môi trường của phương tiện hoặc văn bản xác nhận của Ủy ban nhân dân cấp xã về việc sử dụng phương tiện đó vào mục đích để ở đối với phương tiện không thuộc đối tượng phải đăng ký, đăng kiểm (nội dung xác nhận tại mục 2 của Ủy ban nhân dân cấp xã tại Tờ khai đề nghị xác nhận nơi thường xuyên đậu, đỗ; sử dụng phương tiện vào mục đích để ở theo Mẫu số 01 ban hành kèm theo Nghị định số 154/2024/NĐ-CP).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Thông tin chứng minh về chỗ ở hợp pháp được khai thác trong căn cước điện tử, tài khoản định danh điện tử trên hệ thống định danh và xác thực điện tử qua Ứng dụng định danh quốc gia hoặc trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu về cư trú, Kho quản lý dữ liệu điện tử tổ chức, cá nhân trên Cổng dịch vụ công quốc gia, Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh hoặc cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành khác. Trường hợp không khai thác được thông tin thì công dân xuất trình giấy tờ, tài liệu chứng minh chỗ ở hợp pháp theo quy định tại khoản 2 Điều 5 Nghị định 154/2024/NĐ-CP ngày 26/11/2024 của Chính phủ. Ví dụ: Trường hợp giấy tờ, tài liệu chứng minh chỗ ở hợp pháp là giấy tờ, tài liệu chứng nhận về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do cơ quan có thẩm quyền cấp qua các thời kỳ theo quy định của pháp luật về đất đai và nhà ở được khai thác trong Cơ sở dữ liệu quốc gia về đất đai thì không phải xuất trình giấy tờ, tài liệu chứng minh chỗ ở hợp pháp.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai thay đổi thông tin cư trú (mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA) hoặc Tờ khai thay đổi thông tin về cư trú dùng cho công dân Việt Nam định cư ở nước ngoài không có hộ chiếu Việt Nam còn giá trị sử dụng (mẫu CT02 ban hành kèm theo Thông tư số 53/2025/TT-BCA).",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Người được chăm sóc, nuôi dưỡng, trợ giúp được đăng ký thường trú tại cơ sở trợ giúp xã hội hoặc được đăng ký thường trú vào hộ gia đình nhận chăm sóc, nuôi dưỡng, trợ giúp",
        "components": [
          {
            "name": "Giấy tờ, tài liệu xác nhận về việc chăm sóc, nuôi dưỡng, trợ giúp.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Văn bản đề nghị của người đứng đầu cơ sở trợ giúp xã hội đối với người được cơ sở trợ giúp xã hội nhận chăm sóc, nuôi dưỡng, trợ giúp.",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Đăng ký thường trú tại chỗ ở hợp pháp không thuộc quyền sở hữu của mình đối với những trường hợp quy định tại khoản 2 Điều 20 Luật Cư trú",
        "components": [
          {
            "name": "Thông tin chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình được khai thác trong căn cước điện tử, tài khoản định danh điện tử trên hệ thống định danh và xác thực điện tử qua Ứng dụng định danh quốc gia hoặc trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu về cư trú, Kho quản lý dữ liệu điện tử tổ chức, cá nhân trên Cổng dịch vụ công quốc gia, Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh hoặc cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành khác. Trường hợp không khai thác được thông tin thì công dân xuất trình giấy tờ, tài liệu chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình theo quy định tại khoản 2, khoản 3 Điều 6 Nghị định 154/2024/NĐ-CP ngày 26/11/2024 của Chính phủ. Ví dụ: Trường hợp giấy tờ, tài liệu chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình là giấy chứng nhận kết hôn, giấy xác nhận tình trạng hôn nhân, giấy khai sinh được khai thác trong Cơ sở dữ liệu hộ tịch điện tử thì không phải xuất trình giấy tờ, tài liệu chứng minh quan hệ nhân thân.",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Đăng ký thường trú tại cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ở",
        "components": [
          {
            "name": "Văn bản xác nhận của Ủy ban nhân dân cấp xã về việc trong cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ở.",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp quy định tại điểm a, b, c khoản 4 Điều 20 Luật Cư trú đăng ký thường trú tại cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ giúp là nhà ở, hồ sơ gồm: Trường hợp quy định tại điểm d khoản 4 Điều 20 Luật Cư trú đăng ký thường trú tại cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ giúp là nhà ở, hồ sơ gồm:"
          },
          {
            "name": "Văn bản xác nhận của Ủy ban nhân dân cấp xã về việc người đăng ký thường trú thuộc đối tượng quy định tại khoản 2 Điều 17 Luật Cư trú và việc trong cơ sở tín ngưỡng, cơ sở tôn giáo có công trình phụ trợ là nhà ở.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy tờ, tài liệu chứng minh là nhà tu hành, chức sắc, chức việc hoặc người khác hoạt động tôn giáo và được hoạt động tại cơ sở tôn giáo đó theo quy định của pháp luật về tín ngưỡng, tôn giáo đối với người quy định tại điểm a khoản 4 Điều 20 Luật Cư trú; giấy tờ, tài liệu chứng minh là người đại diện cơ sở tín ngưỡng đối với người quy định tại điểm b khoản 4 Điều 20 Luật Cư trú.",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Đăng ký thường trú tại nơi đơn vị đóng quân trong Công an nhân dân, Quân đội nhân nhân nhân (đơn vị đóng quân, nhà ở công vụ)",
        "components": [
          {
            "name": "Đối với Quân đội nhân dân: Giấy giới thiệu đăng ký thường trú của cơ quan, đơn vị cấp trung đoàn và tương đương trở lên (ký tên, đóng dấu).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai thay đổi thông tin cư trú (mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Đối với Công an nhân dân: Giấy giới thiệu của Thủ trưởng đơn vị quản lý trực tiếp ghi rõ nội dung để làm thủ tục đăng ký thường trú và đơn vị có chỗ ở cho cán bộ chiến sĩ (ký tên, đóng dấu).",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ",
        "components": [
          {
            "name": "Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ được công chứng hoặc chứng thực theo quy định của pháp luật.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Thông tin chứng minh đủ diện tích nhà ở để đăng ký thường trú tại chỗ ở hợp pháp do thuê, mượn, ở nhờ được khai thác trong căn cước điện tử, tài khoản định danh điện tử trên hệ thống định danh và xác thực điện tử qua Ứng dụng định danh quốc gia hoặc trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu về cư trú, Kho quản lý dữ liệu điện tử tổ chức, cá nhân trên Cổng dịch vụ công quốc gia, Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh hoặc cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành khác. Trường hợp không khai thác được thông tin thì công dân xuất trình giấy tờ, tài liệu quy định tại khoản 2 Điều 5 Nghị định số 154/2024/NĐ-CP, trong đó có thể hiện diện tích nhà ở hoặc xác nhận của Ủy ban nhân dân cấp xã về điều kiện diện tích bình quân bảo đảm theo quy định của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương theo Mẫu số 02 ban hành kèm theo Nghị định số 154/2024/NĐ-CP. Ví dụ: Trường hợp giấy tờ, tài liệu chứng minh đủ diện tích nhà ở để đăng ký thường trú theo quy định là giấy tờ, tài liệu chứng nhận về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do cơ quan có thẩm quyền cấp qua các thời kỳ theo quy định của pháp luật về đất đai và nhà ở được khai thác trong Cơ sở dữ liệu quốc gia về đất đai thì không phải xuất trình giấy tờ, tài liệu chứng minh đủ diện tích nhà ở.",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 20000,
        "description": "Trường hợp công dân thuộc diện được miễn phí theo quy định tại Điều 4 Thông tư số 75/2022/TT-BTC ngày 22/12/2022 quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú được sửa đổi, bổ sung tại Thông tư số 71/2025/TT-BTC ngày 01/7/2025 của Bộ Tài chính thì công dân phải xuất trình giấy tờ chứng minh thuộc diện được miễn trừ trường hợp thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư hoặc Cơ sở dữ liệu quốc gia, cơ sở"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000064",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư"
      },
      {
        "code": "KQ.G01.000065",
        "name": "Thông báo kết quả giải quyết thủ tục về cư trú, hủy bỏ thủ tục về cư trú"
      },
      {
        "code": "KQ.G01.000067",
        "name": "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (lĩnh vực cư trú)"
      },
      {
        "code": "KQ.G01.000066",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu về cư trú"
      }
    ],
    "legalBasis": [
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "53/2025/TT-BCA",
        "type": "Thông tư",
        "issuer": "Bộ Công an"
      },
      {
        "number": "66/2023/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 66/2023/TT-BCA Sửa đổi, bổ sung một số điều của Thông tư số 55/2021/TT-BCA ngày 15/5/2021 quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú; Thông tư số 56/2021/TT-BCA ngày 15/5/2021 của Bộ trưởng Bộ Công an quy định về biểu mẫu trong đăng ký, quản lý cư trú; Thông tư số 57/2021/TT-BCA ngày 15/5/2021 của Bộ trưởng Bộ Công an quy định về quy trình đăng ký cư trú.",
        "date": "2021-05-15",
        "issuer": "Bộ Công an"
      },
      {
        "number": "75/2022/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 75/2022/TT-BTC của Bộ Tài chính: Quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "02068/2020/QH14",
        "type": "Luật",
        "name": "Luật Cư trú 2",
        "issuer": "Quốc hội"
      },
      {
        "number": "57/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 57/2021/TT-BCA",
        "issuer": "Bộ Công an"
      },
      {
        "number": "54/2025/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 54/2025/TT-BCA ngày 01/7/2025 của Bộ trưởng Bộ Công an quy định về quy trình đăng ký cư trú.",
        "date": "2025-07-01",
        "issuer": "Bộ Công an"
      },
      {
        "number": "154/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú",
        "issuer": "Chính phủ"
      },
      {
        "number": "55/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 55/2021/TT-BCA",
        "issuer": "Bộ Công an"
      },
      {
        "number": "56/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 56/2021/TT-BCA",
        "issuer": "Bộ Công an"
      },
      {
        "number": "58/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC NGHỊ ĐỊNH LIÊN QUAN ĐẾN QUY ĐỊNH ĐIỀU KIỆN VỀ AN NINH, TRẬT TỰ ĐỐI VỚI MỘT SỐ NGÀNH, NGHỀ ĐẦU TƯ KINH DOANH CÓ ĐIỀU KIỆN; QUẢN LÝ VÀ SỬ DỤNG CON DẤU; QUẢN LÝ, SỬ DỤNG PHÁO; QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH LUẬT CƯ TRÚ, LUẬT CĂN CƯỚC",
        "issuer": "Chính phủ"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.004194",
    "name": "Đăng ký tạm trú",
    "sectorCode": "dang-ky-quan-ly-cu-tru",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Hồ sơ đăng ký tạm trú gồm",
        "components": [
          {
            "name": "Ví dụ: Trường hợp giấy tờ, tài liệu chứng minh chỗ ở hợp pháp là giấy tờ, tài liệu chứng nhận về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do cơ quan có thẩm quyền cấp qua các thời kỳ theo quy định của pháp luật về đất đai và nhà ở được khai thác trong Cơ sở dữ liệu quốc gia về đất đai thì không phải xuất trình giấy tờ, tài liệu chứng minh chỗ ở hợp pháp.",
            "originals": 0,
            "copies": 0
          },
          {
            "name": "Thông tin chứng minh về chỗ ở hợp pháp được khai thác trong căn cước điện tử, tài khoản định danh điện tử trên hệ thống định danh và xác thực điện tử qua Ứng dụng định danh quốc gia hoặc trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu về cư trú, Kho quản lý dữ liệu điện tử tổ chức, cá nhân trên Cổng dịch vụ công quốc gia, Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh hoặc cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành khác. Trường hợp không khai thác được thông tin thì công dân xuất trình giấy tờ, tài liệu chứng minh chỗ ở hợp pháp theo quy định tại khoản 3 Điều 5 Nghị định 154/2024/NĐ-CP ngày 26/11/2024 của Chính phủ.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA); đối với người đăng ký tạm trú là người chưa thành niên thì trong tờ khai phải ghi rõ ý kiến đồng ý của cha, mẹ hoặc người giám hộ, trừ trường hợp đã có ý kiến đồng ý bằng văn bản;1.MuCT01banhnhkmtheo",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Thngts53.doc"
          }
        ]
      },
      {
        "name": "Đăng ký tạm trú theo danh sách, hồ sơ gồm",
        "components": [
          {
            "name": "Tờ khai thay đổi thông tin cư trú (của từng người) (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheo",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Thngts53.doc"
          },
          {
            "name": "Văn bản đề nghị đăng ký tạm trú, trong đó ghi rõ thông tin về chỗ ở hợp pháp kèm danh sách người tạm trú. Danh sách bao gồm những thông tin cơ bản của từng người: họ, chữ đệm và tên; ngày, tháng, năm sinh; giới tính; số định danh cá nhân và thời hạn tạm trú.",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đăng ký tạm trú tại nơi đơn vị đóng quân trong Công an nhân dân, Quân đội nhân nhân (đơn vị đóng quân, nhà ở công vụ) hồ sơ gồm",
        "components": [
          {
            "name": "Đối với Quân đội nhân dân: Giấy giới thiệu đăng ký tạm trú của đơn vị cấp trung đoàn và tương đương trở lên.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheo",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Thngts53.doc"
          },
          {
            "name": "Đối với Công an nhân dân: Giấy giới thiệu của Thủ trưởng đơn vị quản lý trực tiếp ghi rõ nội dung để làm thủ tục đăng ký tạm trú và đơn vị có chỗ ở cho cán bộ chiến sĩ (ký tên, đóng dấu).",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 10000,
        "description": "- Đăng ký tạm trú theo danh sách: + Trường hợp công dân nộp hồ sơ trực tiếp thu 10.000 đồng/người/lần đăng ký;"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000067",
        "name": "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (lĩnh vực cư trú)"
      },
      {
        "code": "KQ.G01.000064",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư"
      },
      {
        "code": "KQ.G01.000065",
        "name": "Thông báo kết quả giải quyết thủ tục về cư trú, hủy bỏ thủ tục về cư trú"
      },
      {
        "code": "KQ.G01.000066",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu về cư trú"
      }
    ],
    "legalBasis": [
      {
        "number": "53/2025/TT-BCA",
        "type": "Thông tư",
        "issuer": "Bộ Công an"
      },
      {
        "number": "66/2023/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 66/2023/TT-BCA Sửa đổi, bổ sung một số điều của Thông tư số 55/2021/TT-BCA ngày 15/5/2021 quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú; Thông tư số 56/2021/TT-BCA ngày 15/5/2021 của Bộ trưởng Bộ Công an quy định về biểu mẫu trong đăng ký, quản lý cư trú; Thông tư số 57/2021/TT-BCA ngày 15/5/2021 của Bộ trưởng Bộ Công an quy định về quy trình đăng ký cư trú.",
        "date": "2021-05-15",
        "issuer": "Bộ Công an"
      },
      {
        "number": "75/2022/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 75/2022/TT-BTC của Bộ Tài chính: Quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "57/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 57/2021/TT-BCA",
        "issuer": "Bộ Công an"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "02068/2020/QH14",
        "type": "Luật",
        "name": "Luật Cư trú 2",
        "issuer": "Quốc hội"
      },
      {
        "number": "54/2025/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 54/2025/TT-BCA ngày 01/7/2025 của Bộ trưởng Bộ Công an quy định về quy trình đăng ký cư trú.",
        "date": "2025-07-01",
        "issuer": "Bộ Công an"
      },
      {
        "number": "154/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú",
        "issuer": "Chính phủ"
      },
      {
        "number": "55/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 55/2021/TT-BCA",
        "issuer": "Bộ Công an"
      },
      {
        "number": "56/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 56/2021/TT-BCA",
        "issuer": "Bộ Công an"
      },
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.002755",
    "name": "Gia hạn tạm trú",
    "sectorCode": "dang-ky-quan-ly-cu-tru",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Lưu ý:- Trường hợp nộp hồ sơ trực tiếp tại cơ quan đăng ký cư trú thì người yêu cầu đăng ký cư trú có thể nộp bản sao giấy tờ, tài liệu được chứng thực từ bản chính hoặc bản sao giấy tờ được cấp từ sổ gốc (sau đây gọi là bản sao) hoặc bản quét, bản chụp kèm theo bản chính giấy tờ, tài liệu để đối chiếu. Trường hợp người yêu cầu đăng ký cư trú nộp bản quét hoặc bản chụp kèm theo bản chính giấy tờ để đối chiếu thì người tiếp nhận có trách nhiệm kiểm tra, đối chiếu bản quét, bản chụp với bản chính và ký xác nhận, không được yêu cầu nộp bản sao giấy tờ đó. - Trường hợp thực hiện đăng ký cư trú trực tuyến, người yêu cầu đăng ký cư trú khai báo thông tin theo biểu mẫu điện tử được cung cấp sẵn, đăng tải bản quét hoặc bản chụp giấy tờ, tài liệu hợp lệ (không bắt buộc phải công chứng, chứng thực, ký số hoặc xác thực bằng hình thức khác) hoặc dẫn nguồn tài liệu từ Kho quản lý dữ liệu điện tử của tổ chức, cá nhân. Trường hợp công dân đăng tải bản quét, bản chụp giấy tờ, tài liệu mà không được ký số hoặc xác thực bằng hình thức khác thì khi cơ quan đăng ký cư trú tiến hành kiểm tra, xác minh để giải quyết thủ tục về cư trú; công dân có trách nhiệm xuất trình giấy tờ, tài liệu đã đăng tải để cơ quan đăng ký cư trú kiểm tra, đối chiếu và ghi nhận tính chính xác vào biên bản xác minh. Cơ quan đăng ký cư trú không yêu cầu công dân nộp để lưu giữ giấy tờ đó. - Bản quét hoặc bản chụp giấy tờ bằng thiết bị điện tử từ giấy tờ được cấp hợp lệ, còn giá trị sử dụng phải bảo đảm rõ nét, đầy đủ, toàn vẹn về nội dung; đã được hợp pháp hóa lãnh sự, dịch sang tiếng Việt theo quy định nếu là giấy tờ do cơ quan có thẩm quyền nước ngoài cấp trừ trường hợp được miễn hợp pháp hóa lãnh sự. - Trường hợp thông tin giấy tờ chứng minh điều kiện đăng ký cư trú đã được chia sẻ và khai thác từ cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành thì cơ quan đăng ký cư trú không được yêu cầu công dân nộp, xuất trình giấy tờ đó để giải quyết đăng ký cư trú. - Khi hết thời hạn tạm trú, đại diện thành viên hộ…",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Gia hạn tạm trú theo danh sách, hồ sơ gồm",
        "components": [
          {
            "name": "Tờ khai thay đổi thông tin cư trú (của từng người) (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheo",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Thngts53.doc"
          },
          {
            "name": "Văn bản đề nghị gia hạn tạm trú trong đó ghi rõ thông tin về chỗ ở hợp pháp kèm danh sách người gia hạn tạm trú. Danh sách bao gồm những thông tin cơ bản của từng người: họ, chữ đệm và tên; ngày, tháng, năm sinh; giới tính; số định danh cá nhân và thời hạn tạm trú.",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Gia hạn tạm trú tại nơi đơn vị đóng quân trong Công an nhân dân, Quân đội nhân nhân (nơi đơn vị đóng quân, nhà ở công vụ) hồ sơ gồm",
        "components": [
          {
            "name": "Đối với Quân đội nhân dân: Giấy giới thiệu đăng ký thường trú của đơn vị cấp trung đoàn và tương đương trở lên.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Đối với Công an nhân dân: Giấy giới thiệu của Thủ trưởng đơn vị quản lý trực tiếp ghi rõ nội dung để làm thủ tục gia hạn tạm trú và đơn vị có chỗ ở cho cán bộ chiến sĩ (ký tên, đóng dấu).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheo",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Thngts53.doc"
          }
        ]
      },
      {
        "name": "Hồ sơ gia hạn tạm trú gồm",
        "components": [
          {
            "name": "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2023/TT-BCA); trong đó ghi rõ ý kiến đồng ý của chủ sở hữu chỗ ở hợp pháp, trừ trường hợp đã có ý kiến đồng ý bằng văn bản. Đối với người gia hạn tạm trú là người chưa thành niên thì trong tờ khai phải ghi rõ ý kiến đồng ý của cha, mẹ hoặc người giám hộ, trừ trường hợp đã có ý kiến đồng ý bằng văn bản.1.MuCT01banhnhkmtheo",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Thngts53.doc"
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 10000,
        "description": "- Gia hạn tạm trú theo danh sách: + Trường hợp công dân nộp hồ sơ trực tiếp thu 10.000 đồng/người/lần đăng ký;"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000064",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư"
      },
      {
        "code": "KQ.G01.000065",
        "name": "Thông báo kết quả giải quyết thủ tục về cư trú, hủy bỏ thủ tục về cư trú"
      },
      {
        "code": "KQ.G01.000067",
        "name": "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (lĩnh vực cư trú)"
      },
      {
        "code": "KQ.G01.000066",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu về cư trú"
      }
    ],
    "legalBasis": [
      {
        "number": "53/2025/TT-BCA",
        "type": "Thông tư",
        "issuer": "Bộ Công an"
      },
      {
        "number": "66/2023/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 66/2023/TT-BCA Sửa đổi, bổ sung một số điều của Thông tư số 55/2021/TT-BCA ngày 15/5/2021 quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú; Thông tư số 56/2021/TT-BCA ngày 15/5/2021 của Bộ trưởng Bộ Công an quy định về biểu mẫu trong đăng ký, quản lý cư trú; Thông tư số 57/2021/TT-BCA ngày 15/5/2021 của Bộ trưởng Bộ Công an quy định về quy trình đăng ký cư trú.",
        "date": "2021-05-15",
        "issuer": "Bộ Công an"
      },
      {
        "number": "75/2022/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 75/2022/TT-BTC của Bộ Tài chính: Quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký cư trú",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "02068/2020/QH14",
        "type": "Luật",
        "name": "Luật Cư trú 2",
        "issuer": "Quốc hội"
      },
      {
        "number": "57/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 57/2021/TT-BCA",
        "issuer": "Bộ Công an"
      },
      {
        "number": "54/2025/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 54/2025/TT-BCA ngày 01/7/2025 của Bộ trưởng Bộ Công an quy định về quy trình đăng ký cư trú.",
        "date": "2025-07-01",
        "issuer": "Bộ Công an"
      },
      {
        "number": "154/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú",
        "issuer": "Chính phủ"
      },
      {
        "number": "55/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 55/2021/TT-BCA",
        "issuer": "Bộ Công an"
      },
      {
        "number": "56/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 56/2021/TT-BCA",
        "issuer": "Bộ Công an"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.003197",
    "name": "Xóa đăng ký thường trú",
    "sectorCode": "dang-ky-quan-ly-cu-tru",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": null,
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Thông tin chứng minh thuộc trường hợp xóa đăng ký thường trú của công dân trong Cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành và cơ sở dữ liệu khác được kết nối, chia sẻ với cơ quan đăng ký cư trú. Trường hợp thông tin chưa được kết nối, chia sẻ thì công dân xuất trình giấy tờ, tài liệu chứng minh thuộc một trong các trường hợp xóa đăng ký thường trú quy định tại Điều 24 Luật Cư trú.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheo",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Thngts53 (3).doc"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000064",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư"
      },
      {
        "code": "KQ.G01.000065",
        "name": "Thông báo kết quả giải quyết thủ tục về cư trú, hủy bỏ thủ tục về cư trú"
      },
      {
        "code": "KQ.G01.000066",
        "name": "Cập nhật thông tin trong Cơ sở dữ liệu về cư trú"
      }
    ],
    "legalBasis": [
      {
        "number": "53/2025/TT-BCA",
        "type": "Thông tư",
        "issuer": "Bộ Công an"
      },
      {
        "number": "54/2025/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 54/2025/TT-BCA ngày 01/7/2025 của Bộ trưởng Bộ Công an quy định về quy trình đăng ký cư trú.",
        "date": "2025-07-01",
        "issuer": "Bộ Công an"
      },
      {
        "number": "154/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú",
        "issuer": "Chính phủ"
      },
      {
        "number": "55/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 55/2021/TT-BCA",
        "issuer": "Bộ Công an"
      },
      {
        "number": "56/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 56/2021/TT-BCA",
        "issuer": "Bộ Công an"
      },
      {
        "number": "66/2023/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 66/2023/TT-BCA Sửa đổi, bổ sung một số điều của Thông tư số 55/2021/TT-BCA ngày 15/5/2021 quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú; Thông tư số 56/2021/TT-BCA ngày 15/5/2021 của Bộ trưởng Bộ Công an quy định về biểu mẫu trong đăng ký, quản lý cư trú; Thông tư số 57/2021/TT-BCA ngày 15/5/2021 của Bộ trưởng Bộ Công an quy định về quy trình đăng ký cư trú.",
        "date": "2021-05-15",
        "issuer": "Bộ Công an"
      },
      {
        "number": "02068/2020/QH14",
        "type": "Luật",
        "name": "Luật Cư trú 2",
        "issuer": "Quốc hội"
      },
      {
        "number": "57/2021/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 57/2021/TT-BCA",
        "issuer": "Bộ Công an"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001247",
    "name": "Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên (thực hiện tại cấp trung ương)",
    "sectorCode": "cap-quan-ly-can-cuoc",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": {
        "duration": 7,
        "unit": "working_day"
      },
      "online": null
    },
    "cases": [
      {
        "name": "Phiếu được tạo lập khi trích xuất thông tin của công dân trong Cơ sở dữ liệu quốc gia về dân cư và in trong quá trình thu nhận hồ sơ căn cước để công dân kiểm tra và ký xác nhận.",
        "components": [
          {
            "name": "Phiếu thu nhận thông tin căn cước (Mẫu CC01 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Mẫu CC01 Phiếu thu nhận thông tin căn cước.doc"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000023",
        "name": "Thẻ căn cước"
      }
    ],
    "legalBasis": [
      {
        "number": "16/2024/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 16/2024/TT-BCA quy định về mẫu thẻ căn cước, mẫu giấy chứng nhận căn cước",
        "issuer": "Bộ Công an"
      },
      {
        "number": "17/2024/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước",
        "issuer": "Bộ Công an"
      },
      {
        "number": "18/2024/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư quy định quy định về quy trình cấp, cấp đổi, cấp lại thẻ căn cước, giấy chứng nhận căn cước",
        "issuer": "Bộ Công an"
      },
      {
        "number": "70/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định của Chính phủ: Quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước",
        "issuer": "Chính phủ"
      },
      {
        "number": "26/2023/QH15",
        "type": "Luật",
        "name": "Luật Căn cước",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012549",
    "name": "Cấp thẻ căn cước cho người dưới 14 tuổi (thực hiện tại cấp tỉnh)",
    "sectorCode": "cap-quan-ly-can-cuoc",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 7,
        "unit": "working_day"
      },
      "online": {
        "duration": 7,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Giấy tờ, tài liệu có giá trị pháp lý chứng minh là người đại diện hợp pháp của người dưới 14 tuổi",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Công dân kê khai đối với trường hợp nộp hồ sơ trực tuyến",
        "components": [
          {
            "name": "Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc"
          }
        ]
      },
      {
        "name": "Phiếu được tạo lập khi trích xuất thông tin của công dân trong Cơ sở dữ liệu quốc gia về dân cư và in trong quá trình thu nhận hồ sơ căn cước để công dân kiểm tra và ký xác nhận",
        "components": [
          {
            "name": "Phiếu thu nhận thông tin căn cước (Mẫu CC01 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Mẫu CC01 Phiếu thu nhận thông tin căn cước.doc"
          }
        ]
      },
      {
        "name": "Trường hợp công dân chưa có thông tin trong cơ sở dữ liệu quốc gia về dân cư thì hồ sơ còn có",
        "components": [
          {
            "name": "Phiếu thu thập thông tin dân cư (mẫu DC01 ban hành kèm theo Thông tư số 53/2025/TT-BCA ngày 01/7/2025 của Bộ Công an)",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Mẫu DC01 Phiếu thu thập thông tin dân cư.docx"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000023",
        "name": "Thẻ căn cước"
      }
    ],
    "legalBasis": [
      {
        "number": "190/2025/NQ-QH15",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 190/2025/QH15 của Quốc hội: Quy định về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước",
        "issuer": "Quốc hội: Quy định"
      },
      {
        "number": "18/2024/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư quy định quy định về quy trình cấp, cấp đổi, cấp lại thẻ căn cước, giấy chứng nhận căn cước",
        "issuer": "Bộ Công an"
      },
      {
        "number": "70/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định của Chính phủ: Quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước",
        "issuer": "Chính phủ"
      },
      {
        "number": "26/2023/QH15",
        "type": "Luật",
        "name": "Luật Căn cước",
        "issuer": "Quốc hội"
      },
      {
        "number": "16/2024/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 16/2024/TT-BCA quy định về mẫu thẻ căn cước, mẫu giấy chứng nhận căn cước",
        "issuer": "Bộ Công an"
      },
      {
        "number": "17/2024/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước",
        "issuer": "Bộ Công an"
      },
      {
        "number": "53/2025/TT-BCA",
        "type": "Thông tư",
        "issuer": "Bộ Công an"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.014056",
    "name": "Khai thác thông tin công dân trong Cơ sở dữ liệu căn cước",
    "sectorCode": "cap-quan-ly-can-cuoc",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Xuất trình giấy tờ, tài liệu, thông tin hợp lệ chứng minh thông tin người đến nộp hồ sơ.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)",
            "originals": 1,
            "copies": 0,
            "formTemplate": "Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000140",
        "name": "Phiếu cung cấp thông tin trong cơ sở dữ liệu quốc gia về dân cư, cơ sở dữ liệu căn cước bằng văn bản giấy hoặc văn bản điện tử (Mẫu DC03 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)"
      }
    ],
    "legalBasis": [
      {
        "number": "17/2024/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước",
        "issuer": "Bộ Công an"
      },
      {
        "number": "16/2024/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư 16/2024/TT-BCA quy định về mẫu thẻ căn cước, mẫu giấy chứng nhận căn cước",
        "issuer": "Bộ Công an"
      },
      {
        "number": "190/2025/NQ-QH15",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 190/2025/QH15 của Quốc hội: Quy định về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước",
        "issuer": "Quốc hội: Quy định"
      },
      {
        "number": "53/2025/TT-BCA",
        "type": "Thông tư",
        "issuer": "Bộ Công an"
      },
      {
        "number": "18/2024/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư quy định quy định về quy trình cấp, cấp đổi, cấp lại thẻ căn cước, giấy chứng nhận căn cước",
        "issuer": "Bộ Công an"
      },
      {
        "number": "70/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định của Chính phủ: Quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước",
        "issuer": "Chính phủ"
      },
      {
        "number": "26/2023/QH15",
        "type": "Luật",
        "name": "Luật Căn cước",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000330",
    "name": "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam mà không xác định được nơi thường trú hoặc nơi tạm trú; người nước ngoài đã cư trú tại Việt Nam",
    "sectorCode": "ly-lich-tu-phap",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 10,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 10,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Các giấy tờ để chứng minh đối tượng miễn, hoặc giảm phí (nếu có).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp ( Dùng cho cá nhân trong trường hợp ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 và cá nhân là cha, mẹ của người chưa thành niên yêu cầu cấp Phiếu Lý lịch tư pháp số 1, số 2), Mẫu số 02/2025/LLTP",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp điện tử tương tác (Dùng cho cá nhân trong trường hợp ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 và cá nhân là cha, mẹ của người chưa thành niên yêu cầu cấp Phiếu Lý lịch tư pháp số 1, số 2), Mẫu số 05/2025/LLTP",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp điện tử tương tác (Dùng cho cá nhân có yêu cầu cấp Phiếu Lý lịch tư pháp), Mẫu số 04/2025/LLTP",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Văn bản ủy quyền làm thủ tục yêu cầu cấp Phiếu Lý lịch tư pháp số 1 (người được ủy quyền phải xuất trình Thẻ Căn cước hoặc Thẻ Căn cước công dân hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu khi thực hiện thủ tục yêu cầu cấp Phiếu Lý lịch tư pháp. Trường hợp người được ủy quyền là cha, mẹ, vợ, chồng, con của người ủy quyền thì không cần văn bản ủy quyền). Văn bản ủy quyền phải được công chứng, chứng thực theo quy định của pháp luật Việt Nam hoặc pháp luật của nước nơi người đó là công dân hoặc thường trú. Trường hợp ủy quyền theo quy định của pháp luật của nước mà nơi người đó là công dân hoặc thường trú thì văn bản ủy quyền phải được hợp pháp hóa lãnh sự theo quy định của pháp luật Việt Nam và dịch ra tiếng Việt. Cá nhân yêu cầu cấp Phiếu Lý lịch tư pháp số 2 không được ủy quyền cho người khác làm thủ tục yêu cầu cấp Phiếu Lý lịch tư pháp trừ trường hợp cá nhân là người chưa thành niên có thể ủy quyền cho cha, mẹ yêu cầu cấp Phiếu Lý lịch tư pháp số 2.",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "LLTP",
            "replacingResultCode": "KQ.G01.000200"
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp (Dùng cho cá nhân có yêu cầu cấp Phiếu Lý lịch tư pháp), Mẫu số 01/2025/LLTP",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao Thẻ Căn cước hoặc thẻ Căn cước công dân hoặc Giấy xác nhận căn cước hoặc Hộ chiếu của công dân Việt Nam mà không xác định được nơi thường trú hoặc nơi tạm trú/ bản sao Hộ chiếu của người nước ngoài đã cư trú tại Việt Nam (Trường hợp nộp bản chụp thì phải xuất trình bản chính để đối chiếu. Trường hợp không có bản chính để đối chiếu thì nộp bản sao có chứng thực theo quy định của pháp luật). Đối với người nước ngoài đã cư trú tại Việt Nam, hộ chiếu phải được đơn vị kiểm soát xuất nhập cảnh của Việt Nam đóng dấu.",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000197",
        "name": "Phiếu Lý lịch tư pháp số 1 (Cấp bộ)"
      },
      {
        "code": "KQ.G01.000198",
        "name": "Phiếu Lý lịch tư pháp số 2 (Cấp bộ)"
      }
    ],
    "legalBasis": [
      {
        "number": "28/2009/QH12",
        "type": "Luật",
        "name": "Luật 28/2009/QH12",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000333",
    "name": "Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài",
    "sectorCode": "ly-lich-tu-phap",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 10,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 10,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp (Dùng cho cá nhân trong trường hợp ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 và cá nhân là cha, mẹ của người chưa thành niên yêu cầu cấp Phiếu Lý lịch tư pháp số 1, số 2), Mẫu số 02/2025/LLTP",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp điện tử tương tác (Dùng cho cá nhân trong trường hợp ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 và cá nhân là cha, mẹ của người chưa thành niên yêu cầu cấp Phiếu Lý lịch tư pháp số 1, số 2), Mẫu số 05/2025/LLTP",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao Thẻ Căn cước hoặc thẻ Căn cước công dân hoặc Giấy xác nhận căn cước hoặc Hộ chiếu của người được cấp Phiếu (Xuất trình bản chính để đối chiếu. Trường hợp không có bản chính thì nộp bản sao có chứng thực theo quy định của pháp luật).",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp (Dùng cho cá nhân có yêu cầu cấp Phiếu Lý lịch tư pháp), Mẫu số 01/2025/LLTP",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Các giấy tờ để chứng minh đối tượng miễn, hoặc giảm phí (nếu có).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Văn bản ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 (người được ủy quyền phải xuất trình Thẻ Căn cước hoặc Thẻ Căn cước công dân hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu khi thực hiện thủ tục yêu cầu cấp Phiếu Lý lịch tư pháp. Trường hợp người được ủy quyền là cha, mẹ, vợ, chồng, con của người ủy quyền thì không cần văn bản ủy quyền). Văn bản ủy quyền phải được công chứng, chứng thực theo quy định của pháp luật Việt Nam. Cá nhân yêu cầu cấp Phiếu Lý lịch tư pháp số 2 không được ủy quyền cho người khác làm thủ tục yêu cầu cấp Phiếu Lý lịch tư pháp trừ trường hợp cá nhân là người chưa thành niên có thể ủy quyền cho cha, mẹ yêu cầu cấp Phiếu Lý lịch tư pháp số 2.",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "LLTP",
            "replacingResultCode": "KQ.G01.000200"
          },
          {
            "name": "Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp điện tử tương tác (Dùng cho cá nhân có yêu cầu cấp Phiếu Lý lịch tư pháp), Mẫu số 04/2025/LLTP",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G01.000199",
        "name": "Phiếu Lý lịch tư pháp số 2 (Cấp tỉnh)"
      },
      {
        "code": "KQ.G01.000200",
        "name": "Phiếu Lý lịch tư pháp số 1 (Cấp tỉnh)"
      }
    ],
    "legalBasis": [
      {
        "number": "28/2009/QH12",
        "type": "Luật",
        "name": "Luật 28/2009/QH12",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000346",
    "name": "Cấp giấy phép lái xe",
    "sectorCode": "sat-hach-cap-giay-phep-lai-xe",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 7,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Hồ sơ đề nghị sát hạch cấp giấy phép lái xe do quá thời hạn sử dụng, do giấy phép lái xe mất và quá thời hạn sử dụng",
        "components": [
          {
            "name": "Bản sao hoặc bản sao điện tử được chứng thực từ bản chính hoặc bản sao điện tử được cấp từ sổ gốc một trong các giấy tờ sau: thẻ tạm trú, thẻ thường trú, chứng minh thư ngoại giao, chứng minh thư công vụ (đối với người nước ngoài).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy phép lái xe quân sự do Bộ Quốc phòng cấp hoặc xác nhận của cơ quan đã cấp đối với trường hợp mất giấy phép lái xe (đối với giấy phép lái xe quân sự do Bộ Quốc phòng cấp)",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Giấy khám sức khoẻ của người lái xe do cơ sở khám bệnh, chữa bệnh đủ tiêu chuẩn theo quy định của pháp luật về khám bệnh, chữa bệnh cấp còn hiệu lực",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao giấy phép lái xe quá thời hạn sử dụng, trừ trường hợp người có giấy phép lái xe quá thời hạn sử dụng và bị mất",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Đề nghị sát hạch để cấp giấy phép lái xe theo quy định tại Phụ lục I ban hành kèm theo Thông tư số 12/2025/TT-BCA",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Bản sao giấy tờ chứng minh thôi không còn phục vụ trong lực lượng Quân đội nhân dân, Công an nhân dân (đối với trường hợp giấy phép lái xe trong Công an nhân dân, giấy phép lái xe quân sự do Bộ Quốc phòng cấp)",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          }
        ]
      },
      {
        "name": "Hồ sơ đề nghị sát hạch của cá nhân",
        "components": [
          {
            "name": "Giấy khám sức khoẻ của người lái xe do cơ sở khám bệnh, chữa bệnh đủ tiêu chuẩn theo quy định của pháp luật về khám bệnh, chữa bệnh cấp còn hiệu lực.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao hoặc bản sao điện tử được chứng thực từ bản chính hoặc bản sao điện tử được cấp từ sổ gốc một trong các giấy tờ sau: thẻ tạm trú, thẻ thường trú, chứng minh thư ngoại giao, chứng minh thư công vụ (đối với người nước ngoài).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Đề nghị sát hạch để cấp giấy phép lái xe theo mẫu quy định tại Phụ lục I ban hành kèm theo Thông tư số 12/2025/TT-BCA",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Chứng chỉ sơ cấp hoặc chứng chỉ đào tạo hoặc xác nhận hoàn thành khóa đào tạo đối với người dự sát hạch lái xe hạng B1, B, C1, C, D1, D2, D, BE, C1E, CE, D1E, D2E, DE.",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Hồ sơ đề nghị sát hạch của cơ sở đào tạo lái xe gồm",
        "components": [
          {
            "name": "Báo cáo đề nghị tổ chức sát hạch theo mẫu 02 Phụ lục VIII kèm theo Thông tư số 12/2025/TT-BCA",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Hồ sơ đề nghị sát hạch của cá nhân theo quy định",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách thí sinh đề nghị sát hạch để cấp giấy phép lái xe theo mẫu 03 Phụ lục VIII ban hành kèm theo Thông tư số 12/2025/TT-BCA",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 60000,
        "description": "B1: Sát hạch lý thuyết: 60.000 đồng/lần"
      },
      {
        "amount": 60000,
        "description": "Sát hạch thực hành: 60.000 đồng/lần"
      },
      {
        "amount": 100000,
        "description": "DE): Sát hạch lý thuyết: 100.000 đồng/lần"
      },
      {
        "amount": 350000,
        "description": "Sát hạch thực hành trong hình: 350.000 đồng/lần"
      },
      {
        "amount": 80000,
        "description": "Sát hạch thực hành trên đường giao thông: 80.000 đồng/lần"
      },
      {
        "amount": 100000,
        "description": "Sát hạch lái xe ô tô bằng phần mềm mô phỏng các tình huống giao thông: 100.000 đồng/lần"
      },
      {
        "amount": 135000,
        "description": "Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần"
      },
      {
        "amount": 115000,
        "description": "Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000185",
        "name": "Giấy phép lái xe"
      }
    ],
    "legalBasis": [
      {
        "number": "06/2025/TT-BTC",
        "type": "Thông tư",
        "name": "hông tư số 06/2025/TT-BTC của Bộ Tài chính: Sửa đổi, bổ sung một số điều của các Thông tư của Bộ trưởng Bộ Tài chính quy định về phí, lệ phí",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "12/2025/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế",
        "date": "2025-02-28",
        "issuer": "Bộ Công an"
      },
      {
        "number": "63/2023/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 63/2023/TT-BTC ngày 16/10/2023 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của một số Thông tư quy định về phí, lệ phí của Bộ trưởng Bộ Tài chính nhằm khuyến khích sử dụng dịch vụ công trực tuyến",
        "date": "2023-10-16",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "37/2023/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 37/2023/TT-BTC ngày 07/6/2023 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ được hoạt động trên các loại phương tiện và lệ phí đăng ký, cấp biển xe máy chuyên dùng",
        "date": "2023-06-07",
        "issuer": "Bộ Tài chính"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000347",
    "name": "Đổi giấy phép lái xe",
    "sectorCode": "sat-hach-cap-giay-phep-lai-xe",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "full",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đề nghị đổi giấy phép lái xe theo mẫu quy định tại Phụ lục XII ban hành kèm theo Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Giấy khám sức khỏe của người lái xe do cơ sở khám bệnh, chữa bệnh đủ tiêu chuẩn theo quy định của pháp luật về khám bệnh, chữa bệnh cấp còn hiệu lực (trừ người có giấy phép lái xe hạng A1, A, B1)",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Hộ chiếu còn thời hạn sử dụng (đối với người nước ngoài, người Việt Nam định cư ở nước ngoài)",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "HC"
          },
          {
            "name": "Các giấy tờ khác thể hiện thông tin quy định tại điểm d khoản 1 Điều 21 Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Bản sao hoặc bản sao điện tử được chứng thực từ bản chính hoặc bản sao điện tử được cấp từ sổ gốc của giấy phép lái xe hoặc Quyết định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ đối với trường hợp tước quyền sử dụng giấy phép lái xe tích hợp",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 135000,
        "description": "Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần"
      },
      {
        "amount": 115000,
        "description": "Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000185",
        "name": "Giấy phép lái xe"
      }
    ],
    "legalBasis": [
      {
        "number": "12/2025/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế",
        "date": "2025-02-28",
        "issuer": "Bộ Công an"
      },
      {
        "number": "06/2025/TT-BTC",
        "type": "Thông tư",
        "name": "hông tư số 06/2025/TT-BTC của Bộ Tài chính: Sửa đổi, bổ sung một số điều của các Thông tư của Bộ trưởng Bộ Tài chính quy định về phí, lệ phí",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "37/2023/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 37/2023/TT-BTC ngày 07/6/2023 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ được hoạt động trên các loại phương tiện và lệ phí đăng ký, cấp biển xe máy chuyên dùng",
        "date": "2023-06-07",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "63/2023/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 63/2023/TT-BTC ngày 16/10/2023 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của một số Thông tư quy định về phí, lệ phí của Bộ trưởng Bộ Tài chính nhằm khuyến khích sử dụng dịch vụ công trực tuyến",
        "date": "2023-10-16",
        "issuer": "Bộ Tài chính"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000348",
    "name": "Cấp lại giấy phép lái xe",
    "sectorCode": "sat-hach-cap-giay-phep-lai-xe",
    "levels": [
      "central",
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đề nghị đổi giấy phép lái xe theo mẫu quy định tại Phụ lục XII ban hành kèm theo Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Bản sao hoặc bản sao điện tử được chứng thực từ bản chính hoặc bản sao điện tử được cấp từ sổ gốc của giấy phép lái xe hoặc Quyết định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ đối với trường hợp tước quyền sử dụng giấy phép lái xe tích hợp",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Giấy khám sức khỏe của người lái xe do cơ sở khám bệnh, chữa bệnh đủ tiêu chuẩn theo quy định của pháp luật về khám bệnh, chữa bệnh cấp còn hiệu lực (trừ người có giấy phép lái xe hạng A1, A, B1)",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Các giấy tờ khác thể hiện thông tin quy định tại điểm d khoản 1 Điều 21 Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          },
          {
            "name": "Hộ chiếu còn thời hạn sử dụng (đối với người nước ngoài, người Việt Nam định cư ở nước ngoài)",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "HC"
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 135000,
        "description": "Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần"
      },
      {
        "amount": 115000,
        "description": "Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000185",
        "name": "Giấy phép lái xe"
      }
    ],
    "legalBasis": [
      {
        "number": "06/2025/TT-BTC",
        "type": "Thông tư",
        "name": "hông tư số 06/2025/TT-BTC của Bộ Tài chính: Sửa đổi, bổ sung một số điều của các Thông tư của Bộ trưởng Bộ Tài chính quy định về phí, lệ phí",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "12/2025/TT-BCA",
        "type": "Thông tư",
        "name": "Thông tư số 12/2025/TT-BCA ngày 28/02/2025 của Bộ trưởng Bộ Công an quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế",
        "date": "2025-02-28",
        "issuer": "Bộ Công an"
      },
      {
        "number": "37/2023/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 37/2023/TT-BTC ngày 07/6/2023 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ được hoạt động trên các loại phương tiện và lệ phí đăng ký, cấp biển xe máy chuyên dùng",
        "date": "2023-06-07",
        "issuer": "Bộ Tài chính"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "3.000353",
    "name": "Cấp giấy phép lái xe quốc tế",
    "sectorCode": "sat-hach-cap-giay-phep-lai-xe",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G01"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Đối với người Việt Nam, người nước ngoài có thẻ thường trú hoặc thẻ tạm trú tại Việt Nam, có giấy phép lái xe quốc gia do Việt Nam cấp bằng vật liệu PET, còn giá trị sử dụng",
        "components": [
          {
            "name": "Đề nghị cấp IDP theo mẫu quy định tại Phụ lục XVI ban hành kèm theo Thông tư số 12/2025/TT-BCA và 01 ảnh kích thước 3x4cm",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Xuất trình Hộ chiếu, thẻ thường trú (đối với người nước ngoài).",
            "originals": 0,
            "copies": 0,
            "documentTypeCode": "HC"
          },
          {
            "name": "Xuất trình Bản chính giấy phép lái xe quốc gia do Việt Nam cấp",
            "originals": 0,
            "copies": 0,
            "documentTypeCode": "GPLX",
            "replacingResultCode": "KQ.G01.000185"
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 135000,
        "description": "Nộp trực tiếp: 135.000 đồng/lần"
      },
      {
        "amount": 115000,
        "description": "Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp"
      }
    ],
    "results": [
      {
        "code": "KQ.G01.000186",
        "name": "Giấy phép lái xe quốc tế."
      }
    ],
    "legalBasis": [
      {
        "number": "06/2007/QH12",
        "type": "Luật",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.001199",
    "name": "Đăng ký thành lập công ty TNHH hai thành viên trở lên",
    "sectorCode": "thanh-lap-va-hoat-dong-cua-doanh-nghiep",
    "levels": [
      "central",
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G12"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Người ủy quyền và người được ủy quyền thực hiện thủ tục đăng ký doanh nghiệp chịu trách nhiệm trước pháp luật về tính hợp pháp, trung thực và chính xác của việc ủy quyền. Người uỷ quyền và người được ủy quyền phải xác thực điện tử để được cấp đăng ký doanh nghiệp. Trường hợp việc xác thực điện tử bị gián đoạn thì người ủy quyền thực hiện việc xác thực điện tử sau khi được cấp đăng ký doanh nghiệp. Trường hợp người ủy quyền không xác nhận hoặc xác nhận không ủy quyền thực hiện thủ tục đăng ký doanh nghiệp thì Cơ quan đăng ký kinh doanh cấp tỉnh yêu cầu doanh nghiệp báo cáo theo quy định tại khoản 5 Điều 21 Nghị định số 168/2025/NĐ-CP. Cụ thể: Yêu cầu doanh nghiệp báo cáo về việc tuân thủ các quy định của Luật Doanh nghiệp theo quy định tại điểm c khoản 1 Điều 216 Luật Doanh nghiệp “Yêu cầu doanh nghiệp báo cáo về việc tuân thủ quy định của Luật này khi xét thấy cần thiết; đôn đốc việc thực hiện nghĩa vụ báo cáo của doanh nghiệp”. Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử thì hồ sơ đăng ký doanh nghiệp phải kèm theo bản sao thẻ Căn cước hoặc thẻ Căn cước công dân hoặc hộ chiếu hoặc hộ chiếu nước ngoài hoặc các giấy tờ có giá trị thay thế hộ chiếu nước ngoài còn hiệu lực của người uỷ quyền.",
            "originals": 0,
            "copies": 0,
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký doanh nghiệp xã hội",
        "components": [
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Cam kết thực hiện mục tiêu xã hội, môi trường có chữ ký của các thành viên là cá nhân; người đại diện theo pháp luật hoặc người đại diện theo ủy quyền đối với thành viên là tổ chức",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký doanh nghiệp đối với công ty chứng khoán, công ty quản lý quỹ đầu tư chứng khoán, công ty đầu tư chứng khoán",
        "components": [
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(ii) Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(i) Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao giấy phép thành lập và hoạt động hoặc bản sao văn bản chấp thuận của Ủy ban Chứng khoán Nhà nước theo quy định của pháp luật về chứng khoán",
            "originals": 0,
            "copies": 1,
            "note": "Trường hợp nhà đầu tư nước ngoài thành lập tổ chức kinh tế thực hiện dự án đầu tư trước khi đăng ký đầu tư để thực hiện thủ tục đầu tư đặc biệt theo quy định của pháp luật về đầu tư thì hồ sơ đăng ký thành lập doanh nghiệp thực hiện dự án không bao gồm bản sao Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài quy định tại khoản 5 Điều 20, điểm c khoản 4 Điều 21 và điểm c khoản 4 Điều 22 Luật Doanh nghiệp. Trong trường hợp này, nhà đầu tư chịu trách nhiệm về tính hợp pháp, trung thực và chính xác của việc kê khai thông tin thực hiện thủ tục đầu tư đặc biệt."
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký thành lập doanh nghiệp trên cơ sở chuyển đổi từ hộ kinh doanh",
        "components": [
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao văn bản của Cơ quan đăng ký đầu tư chấp thuận về việc góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài (doanh nghiệp chuyển đổi từ hộ kinh doanh có nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài tham gia góp vốn, mua cổ phần, mua phần vốn góp thuộc trường hợp phải thực hiện thủ tục đăng ký góp vốn, mua cổ phần, mua phần vốn góp theo quy định của Luật Đầu tư).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(Trường hợp khai thác được thông tin trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp: Tổ chức, cá nhân, doanh nghiệp không phải nộp Bản sao Giấy chứng nhận đăng ký hộ kinh doanh.",
            "originals": 0,
            "copies": 0,
            "documentTypeCode": "GCNDKHKD",
            "replacingResultCode": "KQ.G12.001350"
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký hộ kinh doanh",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GCNDKHKD",
            "replacingResultCode": "KQ.G12.001350"
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký thành lập doanh nghiệp xã hội trên cơ sở chuyển đổi từ cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện",
        "components": [
          {
            "name": "Quyết định cho phép chuyển đổi thành doanh nghiệp xã hội bằng văn bản của cơ quan có thẩm quyền đã cấp giấy phép thành lập cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao văn bản của Cơ quan đăng ký đầu tư chấp thuận về việc góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài đối với trường hợp phải thực hiện thủ tục đăng ký góp vốn, mua cổ phần, mua phần vốn góp theo quy định của Luật Đầu tư",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(ii) Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký thuế",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(i) Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy chứng nhận đăng ký thành lập đối với cơ sở bảo trợ xã hội, giấy phép thành lập và công nhận điều lệ quỹ đối với quỹ xã hội, quỹ từ thiện",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho cá nhân thực hiện thủ tục đăng ký doanh nghiệp, kèm theo hồ sơ đăng ký doanh nghiệp phải có",
        "components": [
          {
            "name": "Văn bản ủy quyền cho cá nhân thực hiện thủ tục liên quan đến đăng ký doanh nghiệp. Văn bản ủy quyền này không bắt buộc phải công chứng, chứng thực",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho tổ chức thực hiện thủ tục đăng ký doanh nghiệp, kèm theo hồ sơ đăng ký doanh nghiệp phải có",
        "components": [
          {
            "name": "Bản sao hợp đồng ủy quyền cho tổ chức thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy giới thiệu hoặc văn bản phân công nhiệm vụ của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính công ích thực hiện thủ tục đăng ký doanh nghiệp thì khi thực hiện thủ tục đăng ký doanh nghiệp, nhân viên bưu chính phải nộp",
        "components": [
          {
            "name": "Bản sao phiếu gửi hồ sơ theo mẫu do doanh nghiệp cung ứng dịch vụ bưu chính công ích phát hành có chữ ký xác nhận của nhân viên bưu chính và người có thẩm quyền ký văn bản đề nghị đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính không phải là bưu chính công ích thực hiện thủ tục đăng ký doanh nghiệp thì việc ủy quyền thực hiện theo quy định tại khoản 2 Điều 12 Nghị định số 168/2025/NĐ-CP, cụ thể",
        "components": [
          {
            "name": "Giấy giới thiệu hoặc văn bản phân công nhiệm vụ của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao hợp đồng ủy quyền cho tổ chức thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đăng ký thành lập công ty TNHH hai thành viên trở lên",
        "components": [
          {
            "name": "(Trường hợp khai thác được thông tin về Giấy chứng nhận đăng ký doanh nghiệp của doanh nghiệp thành lập và hoạt động theo Luật Doanh nghiệp; Giấy chứng nhận đăng ký hợp tác xã của hợp tác xã, liên hiệp hợp tác xã thành lập và hoạt động theo Luật Hợp tác xã trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp, Cơ sổ dữ liệu về đăng ký hợp tác xã thì hồ sơ không bao gồm bản sao giấy tờ pháp lý của doanh nghiệp, hợp tác xã, liên hiệp hợp tác xã đó).",
            "originals": 0,
            "copies": 0,
            "documentTypeCode": "GCNDKDN",
            "replacingResultCode": "KQ.G12.001056"
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 50000,
        "description": "- Lệ phí đăng ký doanh nghiệp: Bằng 50% mức thu lệ phí quy định tại điểm 1 Biểu phí, lệ phí đăng ký doanh nghiệp ban hành kèm theo Thông tư số 47/2019/TT-BTC (Thông tư số 64/2025/TT-BTC ngày 30 tháng 6 năm 2025 của Bộ Tài chính quy định mức thu, miễn một số khoản phí, lệ phí nhằm hỗ trợ cho doanh nghiệp, người dân)"
      }
    ],
    "results": [
      {
        "code": "KQ.G12.001040",
        "name": "Văn bản nêu rõ lý do từ chối của Cơ quan đăng ký kinh doanh"
      },
      {
        "code": "KQ.G12.001051",
        "name": "Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp"
      },
      {
        "code": "KQ.G12.001052",
        "name": "Giấy chứng nhận đăng ký doanh nghiệp Công ty TNHH hai thành viên trở lên"
      }
    ],
    "legalBasis": [
      {
        "number": "59/2020/QH14",
        "type": "Luật",
        "name": "Luật Doanh nghiệp",
        "issuer": "Quốc hội"
      },
      {
        "number": "02076/2025/QH15",
        "type": "Luật",
        "name": "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 2",
        "issuer": "Quốc hội"
      },
      {
        "number": "68/2025/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 68/2025/TT-BTC của Bộ Tài chính: Ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "168/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ về đăng ký doanh nghiệp",
        "date": "2025-06-30",
        "issuer": "Chính phủ"
      },
      {
        "number": "64/2025/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư quy định mức thu, miễn một số khoản phí, lệ phí nhằm hỗ trợ cho doanh nghiệp, người dân",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "47/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu66.7/2025/NQ-CP",
        "issuer": "Bộ Tài chính"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.001583",
    "name": "Đăng ký thành lập công ty TNHH một thành viên",
    "sectorCode": "thanh-lap-va-hoat-dong-cua-doanh-nghiep",
    "levels": [
      "central",
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G12"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Người ủy quyền và người được ủy quyền thực hiện thủ tục đăng ký doanh nghiệp chịu trách nhiệm trước pháp luật về tính hợp pháp, trung thực và chính xác của việc ủy quyền. Người uỷ quyền và người được ủy quyền phải xác thực điện tử để được cấp đăng ký doanh nghiệp. Trường hợp việc xác thực điện tử bị gián đoạn thì người ủy quyền thực hiện việc xác thực điện tử sau khi được cấp đăng ký doanh nghiệp. Trường hợp người ủy quyền không xác nhận hoặc xác nhận không ủy quyền thực hiện thủ tục đăng ký doanh nghiệp thì Cơ quan đăng ký kinh doanh cấp tỉnh yêu cầu doanh nghiệp báo cáo theo quy định tại khoản 5 Điều 21 Nghị định số 168/2025/NĐ-CP. Cụ thể: Yêu cầu doanh nghiệp báo cáo về việc tuân thủ các quy định của Luật Doanh nghiệp theo quy định tại điểm c khoản 1 Điều 216 Luật Doanh nghiệp “Yêu cầu doanh nghiệp báo cáo về việc tuân thủ quy định của Luật này khi xét thấy cần thiết; đôn đốc việc thực hiện nghĩa vụ báo cáo của doanh nghiệp”. Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử thì hồ sơ đăng ký doanh nghiệp phải kèm theo bản sao thẻ Căn cước hoặc thẻ Căn cước công dân hoặc hộ chiếu hoặc hộ chiếu nước ngoài hoặc các giấy tờ có giá trị thay thế hộ chiếu nước ngoài còn hiệu lực của người uỷ quyền.",
            "originals": 0,
            "copies": 0,
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký doanh nghiệp xã hội",
        "components": [
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Cam kết thực hiện mục tiêu xã hội, môi trường có chữ ký của các thành viên là cá nhân; người đại diện theo pháp luật hoặc người đại diện theo ủy quyền đối với thành viên là tổ chức",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có)",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký doanh nghiệp đối với công ty chứng khoán, công ty quản lý quỹ đầu tư chứng khoán, công ty đầu tư chứng khoán",
        "components": [
          {
            "name": "(i) Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao giấy phép thành lập và hoạt động hoặc bản sao văn bản chấp thuận của Ủy ban Chứng khoán Nhà nước theo quy định của pháp luật về chứng khoán",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(ii) Điều lệ công ty",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp nhà đầu tư nước ngoài thành lập tổ chức kinh tế thực hiện dự án đầu tư trước khi đăng ký đầu tư để thực hiện thủ tục đầu tư đặc biệt theo quy định của pháp luật về đầu tư thì hồ sơ đăng ký thành lập doanh nghiệp thực hiện dự án không bao gồm bản sao Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài quy định tại khoản 5 Điều 20, điểm c khoản 4 Điều 21 và điểm c khoản 4 Điều 22 Luật Doanh nghiệp. Trong trường hợp này, nhà đầu tư chịu trách nhiệm về tính hợp pháp, trung thực và chính xác của việc kê khai thông tin thực hiện thủ tục đầu tư đặc biệt."
          },
          {
            "name": "Danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có)",
            "originals": 0,
            "copies": 1
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký thành lập doanh nghiệp trên cơ sở chuyển đổi từ hộ kinh doanh",
        "components": [
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao văn bản của Cơ quan đăng ký đầu tư chấp thuận về việc góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài (doanh nghiệp chuyển đổi từ hộ kinh doanh có nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài tham gia góp vốn, mua cổ phần, mua phần vốn góp thuộc trường hợp phải thực hiện thủ tục đăng ký góp vốn, mua cổ phần, mua phần vốn góp theo quy định của Luật Đầu tư).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp - Mẫu",
            "originals": 21,
            "copies": 0
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký hộ kinh doanh",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GCNDKHKD",
            "replacingResultCode": "KQ.G12.001350"
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký thành lập doanh nghiệp xã hội trên cơ sở chuyển đổi từ cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện",
        "components": [
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(i) Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận đăng ký thành lập đối với cơ sở bảo trợ xã hội, giấy phép thành lập và công nhận điều lệ quỹ đối với quỹ xã hội, quỹ từ thiện",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có)",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký thuế",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao văn bản của Cơ quan đăng ký đầu tư chấp thuận về việc góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài đối với trường hợp phải thực hiện thủ tục đăng ký góp vốn, mua cổ phần, mua phần vốn góp theo quy định của Luật Đầu tư",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Quyết định cho phép chuyển đổi thành doanh nghiệp xã hội bằng văn bản của cơ quan có thẩm quyền đã cấp giấy phép thành lập cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho cá nhân thực hiện thủ tục đăng ký doanh nghiệp, kèm theo hồ sơ đăng ký doanh nghiệp phải có",
        "components": [
          {
            "name": "Văn bản ủy quyền cho cá nhân thực hiện thủ tục liên quan đến đăng ký doanh nghiệp. Văn bản ủy quyền này không bắt buộc phải công chứng, chứng thực.",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho tổ chức thực hiện thủ tục đăng ký doanh nghiệp, kèm theo hồ sơ đăng ký doanh nghiệp phải có",
        "components": [
          {
            "name": "Giấy giới thiệu hoặc văn bản phân công nhiệm vụ của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao hợp đồng ủy quyền cho tổ chức thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính công ích thực hiện thủ tục đăng ký doanh nghiệp thì khi thực hiện thủ tục đăng ký doanh nghiệp, nhân viên bưu chính phải nộp",
        "components": [
          {
            "name": "Bản sao phiếu gửi hồ sơ theo mẫu do doanh nghiệp cung ứng dịch vụ bưu chính công ích phát hành có chữ ký xác nhận của nhân viên bưu chính và người có thẩm quyền ký văn bản đề nghị đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy giới thiệu hoặc văn bản phân công nhiệm vụ của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao hợp đồng ủy quyền cho tổ chức thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đăng ký thành lập công ty TNHH một thành viên",
        "components": [
          {
            "name": "(Trường hợp khai thác được thông tin về Giấy chứng nhận đăng ký doanh nghiệp của doanh nghiệp thành lập và hoạt động theo Luật Doanh nghiệp; Giấy chứng nhận đăng ký hợp tác xã của hợp tác xã, liên hiệp hợp tác xã thành lập và hoạt động theo Luật Hợp tác xã trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp, Cơ sổ dữ liệu về đăng ký hợp tác xã thì hồ sơ không bao gồm bản sao giấy tờ pháp lý của doanh nghiệp, hợp tác xã, liên hiệp hợp tác xã đó).",
            "originals": 0,
            "copies": 0,
            "documentTypeCode": "GCNDKDN",
            "replacingResultCode": "KQ.G12.001056"
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có)",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao các giấy tờ sau đây: - Giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân, người đại diện theo pháp luật; - Giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền; giấy tờ pháp lý của cá nhân đối với người đại diện theo ủy quyền của thành viên là tổ chức. Đối với thành viên là tổ chức nước ngoài thì bản sao giấy tờ pháp lý của tổ chức phải được hợp pháp hóa lãnh sự; - Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư. Trường hợp chủ sở hữu, thành viên là cá nhân, người đại diện theo pháp luật, người đại diện theo ủy quyền của chủ sở hữu, thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này.",
            "originals": 0,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 50000,
        "description": "- Lệ phí đăng ký doanh nghiệp: Bằng 50% mức thu lệ phí quy định tại điểm 1 Biểu phí, lệ phí đăng ký doanh nghiệp ban hành kèm theo Thông tư số 47/2019/TT-BTC (Thông tư số 64/2025/TT-BTC ngày 30 tháng 6 năm 2025 của Bộ Tài chính quy định mức thu, miễn một số khoản phí, lệ phí nhằm hỗ trợ cho doanh nghiệp, người dân)"
      }
    ],
    "results": [
      {
        "code": "KQ.G12.001040",
        "name": "Văn bản nêu rõ lý do từ chối của Cơ quan đăng ký kinh doanh"
      },
      {
        "code": "KQ.G12.001046",
        "name": "Giấy chứng nhận đăng ký doanh nghiệp công ty TNHH một thành viên"
      },
      {
        "code": "KQ.G12.001051",
        "name": "Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp"
      }
    ],
    "legalBasis": [
      {
        "number": "64/2025/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư quy định mức thu, miễn một số khoản phí, lệ phí nhằm hỗ trợ cho doanh nghiệp, người dân",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "02076/2025/QH15",
        "type": "Luật",
        "name": "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 2",
        "issuer": "Quốc hội"
      },
      {
        "number": "47/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 68/2025/TT-BTC của Bộ Tài chính: Ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh68/2025/TT-BTC",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "168/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ về đăng ký doanh nghiệp",
        "date": "2025-06-30",
        "issuer": "Chính phủ"
      },
      {
        "number": "59/2020/QH14",
        "type": "Luật",
        "name": "Luật Doanh nghiệp",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.001610",
    "name": "Đăng ký thành lập doanh nghiệp tư nhân",
    "sectorCode": "thanh-lap-va-hoat-dong-cua-doanh-nghiep",
    "levels": [
      "central",
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G12"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 3,
        "unit": "working_day"
      },
      "online": {
        "duration": 3,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Người ủy quyền và người được ủy quyền thực hiện thủ tục đăng ký doanh nghiệp chịu trách nhiệm trước pháp luật về tính hợp pháp, trung thực và chính xác của việc ủy quyền. Người uỷ quyền và người được ủy quyền phải xác thực điện tử để được cấp đăng ký doanh nghiệp. Trường hợp việc xác thực điện tử bị gián đoạn thì người ủy quyền thực hiện việc xác thực điện tử sau khi được cấp đăng ký doanh nghiệp. Trường hợp người ủy quyền không xác nhận hoặc xác nhận không ủy quyền thực hiện thủ tục đăng ký doanh nghiệp thì Cơ quan đăng ký kinh doanh cấp tỉnh yêu cầu doanh nghiệp báo cáo theo quy định tại khoản 5 Điều 21 Nghị định số 168/2025/NĐ-CP. Cụ thể: Yêu cầu doanh nghiệp báo cáo về việc tuân thủ các quy định của Luật Doanh nghiệp theo quy định tại điểm c khoản 1 Điều 216 Luật Doanh nghiệp “Yêu cầu doanh nghiệp báo cáo về việc tuân thủ quy định của Luật này khi xét thấy cần thiết; đôn đốc việc thực hiện nghĩa vụ báo cáo của doanh nghiệp”. Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử thì hồ sơ đăng ký doanh nghiệp phải kèm theo bản sao thẻ Căn cước hoặc thẻ Căn cước công dân hoặc hộ chiếu hoặc hộ chiếu nước ngoài hoặc các giấy tờ có giá trị thay thế hộ chiếu nước ngoài còn hiệu lực của người uỷ quyền.",
            "originals": 0,
            "copies": 0,
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký doanh nghiệp xã hội",
        "components": [
          {
            "name": "Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Cam kết thực hiện mục tiêu xã hội, môi trường của chủ doanh nghiệp tư nhân có chữ ký của chủ doanh nghiệp tư",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp chủ doanh nghiệp tư nhân kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân."
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký thành lập doanh nghiệp trên cơ sở chuyển đổi từ hộ kinh doanh",
        "components": [
          {
            "name": "Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp chủ doanh nghiệp tư nhân kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân."
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký hộ kinh doanh",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GCNDKHKD",
            "replacingResultCode": "KQ.G12.001350"
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký thành lập doanh nghiệp xã hội trên cơ sở chuyển đổi từ cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện",
        "components": [
          {
            "name": "Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký thuế",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Cam kết thực hiện mục tiêu xã hội, môi trường của chủ doanh nghiệp tư nhân (phải có chữ ký của chủ doanh nghiệp tư nhân)",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao văn bản của Cơ quan đăng ký đầu tư chấp thuận về việc góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài đối với trường hợp phải thực hiện thủ tục đăng ký góp vốn, mua cổ phần, mua phần vốn góp theo quy định của Luật Đầu tư",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận đăng ký thành lập đối với cơ sở bảo trợ xã hội, giấy phép thành lập và công nhận điều lệ quỹ đối với quỹ xã hội, quỹ từ thiện",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Quyết định cho phép chuyển đổi thành doanh nghiệp xã hội bằng văn bản của cơ quan có thẩm quyền đã cấp giấy phép thành lập cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp nhà đầu tư nước ngoài thành lập tổ chức kinh tế thực hiện dự án đầu tư trước khi đăng ký đầu tư để thực hiện thủ tục đầu tư đặc biệt theo quy định của pháp luật về đầu tư thì hồ sơ đăng ký thành lập doanh nghiệp thực hiện dự án không bao gồm bản sao Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài quy định tại khoản 5 Điều 20, điểm c khoản 4 Điều 21 và điểm c khoản 4 Điều 22 Luật Doanh nghiệp. Trong trường hợp này, nhà đầu tư chịu trách nhiệm về tính hợp pháp, trung thực và chính xác của việc kê khai thông tin thực hiện thủ tục đầu tư đặc biệt."
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho cá nhân thực hiện thủ tục đăng ký doanh nghiệp, kèm theo hồ sơ đăng ký doanh nghiệp phải có",
        "components": [
          {
            "name": "Văn bản ủy quyền cho cá nhân thực hiện thủ tục liên quan đến đăng ký doanh nghiệp. Văn bản ủy quyền này không bắt buộc phải công chứng, chứng thực",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho tổ chức thực hiện thủ tục đăng ký doanh nghiệp, kèm theo hồ sơ đăng ký doanh nghiệp phải có",
        "components": [
          {
            "name": "Giấy giới thiệu hoặc văn bản phân công nhiệm vụ của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao hợp đồng cung cấp dịch vụ với tổ chức làm dịch vụ thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính công ích thực hiện thủ tục đăng ký doanh nghiệp thì khi thực hiện thủ tục đăng ký doanh nghiệp, nhân viên bưu chính phải nộp",
        "components": [
          {
            "name": "Bản sao phiếu gửi hồ sơ theo mẫu do doanh nghiệp cung ứng dịch vụ bưu chính công ích phát hành có chữ ký xác nhận của nhân viên bưu chính và người có thẩm quyền ký văn bản đề nghị đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính không phải là bưu chính công ích thực hiện thủ tục đăng ký doanh nghiệp thì việc ủy quyền thực hiện theo quy định tại khoản 2 Điều 12 Nghị định số 168/2025/NĐ-CP, cụ thể",
        "components": [
          {
            "name": "Giấy giới thiệu hoặc văn bản phân công nhiệm vụ của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao hợp đồng ủy quyền cho tổ chức thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Đăng ký thành lập doanh nghiệp tư nhân",
        "components": [
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp chủ doanh nghiệp tư nhân kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân."
          },
          {
            "name": "Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân",
            "originals": 0,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 100000,
        "description": "Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần (Thông tư số 47/2019/TT-BTC)"
      }
    ],
    "results": [
      {
        "code": "KQ.G12.001044",
        "name": "Giấy chứng nhận đăng ký doanh nghiệp - Doanh nghiệp tư nhân"
      },
      {
        "code": "KQ.G12.001040",
        "name": "Văn bản nêu rõ lý do từ chối của Cơ quan đăng ký kinh doanh"
      },
      {
        "code": "KQ.G12.001051",
        "name": "Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp"
      }
    ],
    "legalBasis": [
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "47/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 68/2025/TT-BTC của Bộ Tài chính: Ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh68/2025/TT-BTC",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "168/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ về đăng ký doanh nghiệp",
        "date": "2025-06-30",
        "issuer": "Chính phủ"
      },
      {
        "number": "02076/2025/QH15",
        "type": "Luật",
        "name": "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 2",
        "issuer": "Quốc hội"
      },
      {
        "number": "59/2020/QH14",
        "type": "Luật",
        "name": "Luật Doanh nghiệp",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.002042",
    "name": "Đăng ký thành lập công ty hợp danh",
    "sectorCode": "thanh-lap-va-hoat-dong-cua-doanh-nghiep",
    "levels": [
      "central",
      "province"
    ],
    "agencyCodes": [
      "000.00.00.G12"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 125,
        "unit": "working_day"
      },
      "online": {
        "duration": 1100,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp đăng ký doanh nghiệp xã hội",
        "components": [
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Cam kết thực hiện mục tiêu xã hội, môi trường có chữ ký của các thành viên hợp danh.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp thành viên là cá nhân, người đại diện theo ủy quyền của thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP này thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này"
          },
          {
            "name": "Bản sao giấy tờ pháp lý của cá nhân đối với thành viên.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư.",
            "originals": 0,
            "copies": 1
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký doanh nghiệp đối với công ty chứng khoán, công ty quản lý quỹ đầu tư chứng khoán, công ty đầu tư chứng khoán",
        "components": [
          {
            "name": "Bản sao giấy tờ pháp lý của cá nhân đối với thành viên.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao giấy phép thành lập và hoạt động hoặc bản sao văn bản chấp thuận của Ủy ban Chứng khoán Nhà nước theo quy định của pháp luật về chứng khoán",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp công ty hợp danh",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp nhà đầu tư nước ngoài thành lập tổ chức kinh tế thực hiện dự án đầu tư trước khi đăng ký đầu tư để thực hiện thủ tục đầu tư đặc biệt theo quy định của pháp luật về đầu tư thì hồ sơ đăng ký thành lập doanh nghiệp thực hiện dự án không bao gồm bản sao Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài quy định tại khoản 5 Điều 20, điểm c khoản 4 Điều 21 và điểm c khoản 4 Điều 22 Luật Doanh nghiệp. Trong trường hợp này, nhà đầu tư chịu trách nhiệm về tính hợp pháp, trung thực và chính xác của việc kê khai thông tin thực hiện thủ tục đầu tư đặc biệt."
          },
          {
            "name": "Điều lệ công ty.",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp thành viên là cá nhân, người đại diện theo ủy quyền của thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP này thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này."
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký thành lập doanh nghiệp trên cơ sở chuyển đổi từ hộ kinh doanh",
        "components": [
          {
            "name": "Bản sao Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao văn bản của Cơ quan đăng ký đầu tư chấp thuận về việc góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài (doanh nghiệp chuyển đổi từ hộ kinh doanh có nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài tham gia góp vốn, mua cổ phần, mua phần vốn góp thuộc trường hợp phải thực hiện thủ tục đăng ký góp vốn, mua cổ phần, mua phần vốn góp theo quy định của Luật Đầu tư).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký hộ kinh doanh",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GCNDKHKD",
            "replacingResultCode": "KQ.G12.001350"
          },
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp đăng ký thành lập doanh nghiệp xã hội trên cơ sở chuyển đổi từ cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện",
        "components": [
          {
            "name": "Quyết định cho phép chuyển đổi thành doanh nghiệp xã hội bằng văn bản của cơ quan có thẩm quyền đã cấp giấy phép thành lập cơ sở bảo trợ xã hội, quỹ xã hội, quỹ từ thiện",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp thành viên là cá nhân, người đại diện theo ủy quyền của thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP này thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này."
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký thuế",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao giấy tờ pháp lý của cá nhân đối với thành viên.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(ii) Điều lệ công ty",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(i) Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao văn bản của Cơ quan đăng ký đầu tư chấp thuận về việc góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài đối với trường hợp phải thực hiện thủ tục đăng ký góp vốn, mua cổ phần, mua phần vốn góp theo quy định của Luật Đầu tư",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận đăng ký thành lập đối với cơ sở bảo trợ xã hội, giấy phép thành lập và công nhận điều lệ quỹ đối với quỹ xã hội, quỹ từ thiện",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho cá nhân thực hiện thủ tục đăng ký doanh nghiệp, kèm theo hồ sơ đăng ký doanh nghiệp phải có",
        "components": [
          {
            "name": "Văn bản ủy quyền cho cá nhân thực hiện thủ tục liên quan đến đăng ký doanh nghiệp. Văn bản ủy quyền này không bắt buộc phải công chứng, chứng thực",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho tổ chức thực hiện thủ tục đăng ký doanh nghiệp, kèm theo hồ sơ đăng ký doanh nghiệp phải có",
        "components": [
          {
            "name": "Bản sao hợp đồng ủy quyền cho tổ chức thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy giới thiệu hoặc văn bản phân công nhiệm vụ của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính công ích thực hiện thủ tục đăng ký doanh nghiệp thì khi thực hiện thủ tục đăng ký doanh nghiệp, nhân viên bưu chính phải nộp",
        "components": [
          {
            "name": "Bản sao phiếu gửi hồ sơ theo mẫu do doanh nghiệp cung ứng dịch vụ bưu chính công ích phát hành có chữ ký xác nhận của nhân viên bưu chính và người có thẩm quyền ký văn bản đề nghị đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính không phải là bưu chính công ích thực hiện thủ tục đăng ký doanh nghiệp thì việc ủy quyền thực hiện theo quy định tại khoản 2 Điều 12 Nghị định số 168/2025/NĐ-CP, cụ thể",
        "components": [
          {
            "name": "Bản sao hợp đồng ủy quyền cho tổ chức thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy giới thiệu hoặc văn bản phân công nhiệm vụ của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Đăng ký thành lập công ty hợp danh",
        "components": [
          {
            "name": "Danh sách thành viên; danh sách chủ sở hữu hưởng lợi của doanh nghiệp (nếu có).",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Bản sao Giấy chứng nhận đăng ký đầu tư đối với nhà đầu tư nước ngoài theo quy định của Luật Đầu tư.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Giấy đề nghị đăng ký doanh nghiệp",
            "originals": 1,
            "copies": 0,
            "note": "Trường hợp thành viên là cá nhân, người đại diện theo ủy quyền của thành viên là tổ chức kê khai số định danh cá nhân theo quy định tại khoản 1 Điều 11 Nghị định số 168/2025/NĐ-CP này thì hồ sơ đăng ký doanh nghiệp không bao gồm bản sao giấy tờ pháp lý của các cá nhân này."
          },
          {
            "name": "(Trường hợp khai thác được thông tin trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp: Tổ chức, cá nhân, doanh nghiệp không phải nộp Bản sao Giấy chứng nhận đăng ký hộ kinh doanh.",
            "originals": 0,
            "copies": 0,
            "documentTypeCode": "GCNDKHKD",
            "replacingResultCode": "KQ.G12.001350"
          },
          {
            "name": "Điều lệ công ty",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G12.001051",
        "name": "Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp"
      },
      {
        "code": "KQ.G12.001303",
        "name": "Giấy chứng nhận đăng ký doanh nghiệp công ty hợp danh"
      },
      {
        "code": "KQ.G12.001040",
        "name": "Văn bản nêu rõ lý do từ chối của Cơ quan đăng ký kinh doanh"
      }
    ],
    "legalBasis": [
      {
        "number": "47/2019/TT-BTC",
        "type": "Thông tư",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "59/2020/QH14",
        "type": "Luật",
        "name": "Luật Doanh nghiệp",
        "issuer": "Quốc hội"
      },
      {
        "number": "64/2025/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư quy định mức thu, miễn một số khoản phí, lệ phí nhằm hỗ trợ cho doanh nghiệp, người dân",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "68/2025/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 68/2025/TT-BTC của Bộ Tài chính: Ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "168/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ về đăng ký doanh nghiệp",
        "date": "2025-06-30",
        "issuer": "Chính phủ"
      },
      {
        "number": "66.7/2025/NQ-CP",
        "type": "Nghị quyết",
        "name": "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu",
        "issuer": "Chính phủ"
      },
      {
        "number": "02076/2025/QH15",
        "type": "Luật",
        "name": "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 2",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001612",
    "name": "Đăng ký thành lập hộ kinh doanh",
    "sectorCode": "thanh-lap-va-hoat-dong-doanh-nghiep-ho-kinh-doanh",
    "levels": [
      "central",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G12",
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": null,
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Giấy đề nghị đăng ký hộ kinh doanh",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh đối với trường hợp hộ kinh doanh do các thành viên hộ gia đình đăng ký thành lập. Văn bản ủy quyền này phải được công chứng hoặc chứng thực theo quy định của pháp luật.",
            "originals": 0,
            "copies": 1
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền thực hiện thủ tục thì hồ sơ phải kèm theo một trong những giấy tờ sau",
        "components": [
          {
            "name": "(iv) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính không phải là bưu chính công ích thực hiện thủ tục đăng ký hộ kinh doanh thì việc ủy quyền thực hiện theo quy định tại mục (ii).",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(v) Người ủy quyền và người được ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh chịu trách nhiệm trước pháp luật về tính hợp pháp, trung thực và chính xác của việc ủy quyền. Người uỷ quyền và người được ủy quyền phải thực hiện xác thực điện tử để được cấp đăng ký hộ kinh doanh. Trường hợp việc xác thực điện tử bị gián đoạn thì người ủy quyền thực hiện việc xác thực điện tử sau khi được cấp đăng ký hộ kinh doanh. Trường hợp người ủy quyền không xác nhận hoặc xác nhận không ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh thì Cơ quan đăng ký kinh doanh cấp xã yêu cầu hộ kinh doanh báo cáo theo quy định tại khoản 6 Điều 22 Nghị định số 168/2025/NĐ-CP.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(ii) Trường hợp ủy quyền cho tổ chức thực hiện thủ tục đăng ký hộ kinh doanh, kèm theo hồ sơ đăng ký hộ kinh doanh phải có bản sao hợp đồng cung cấp dịch vụ với tổ chức làm dịch vụ thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh, giấy giới thiệu của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(iii) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính công ích thực hiện thủ tục đăng ký hộ kinh doanh thì khi thực hiện thủ tục đăng ký hộ kinh doanh, nhân viên bưu chính phải nộp bản sao phiếu gửi hồ sơ theo mẫu do doanh nghiệp cung ứng dịch vụ bưu chính công ích phát hành có chữ ký xác nhận của nhân viên bưu chính và chủ hộ kinh doanh.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "(i) Trường hợp ủy quyền cho cá nhân thực hiện thủ tục đăng ký hộ kinh doanh, kèm theo hồ sơ đăng ký hộ kinh doanh phải có văn bản ủy quyền cho cá nhân thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh. Văn bản ủy quyền này không bắt buộc phải công chứng, chứng thực.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử thì hồ sơ đăng ký hộ kinh doanh phải kèm theo bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người uỷ quyền.",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          }
        ]
      }
    ],
    "fees": [
      {
        "amount": 50000,
        "description": "- Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định (căn cứ quy định tại Thông tư số 85/2019/TT-BTC). - Người nộp hồ sơ đăng ký hộ kinh doanh nộp lệ phí đăng ký hộ kinh doanh tại thời điểm nộp hồ sơ đăng ký hộ kinh doanh. Lệ phí đăng ký hộ kinh doanh có thể nộp trực tiếp tại bộ phận tiếp nhận hồ sơ đăng ký hộ kinh doanh ở cấp xã hoặc chuyển vào tài khoản của cơ quan đăng ký kinh doanh cấp xã hoặc sử dụng dịch vụ thanh toán trực tuyến trên Cổng dịch vụ công quốc gia. Lệ phí đăng ký hộ kinh doanh không được hoàn trả cho hộ kinh doanh trong trường hợp hộ kinh doanh không được cấp đăng ký hộ kinh doanh. - Lệ phí đăng ký kinh doanh không bao gồm tiền sử dụng dịch vụ thanh toán điện tử."
      }
    ],
    "results": [
      {
        "code": "KQ.G12.001009",
        "name": "Thông báo bằng văn bản nội dung cần sửa đổi, bổ sung của Cơ quan đăng ký kinh doanh cấp xã"
      },
      {
        "code": "KQ.G12.001041",
        "name": "Giấy chứng nhận đăng ký  hộ kinh doanh"
      }
    ],
    "legalBasis": [
      {
        "number": "02076/2025/QH15",
        "type": "Luật",
        "name": "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 2",
        "issuer": "Quốc hội"
      },
      {
        "number": "68/2025/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 68/2025/TT-BTC của Bộ Tài chính: Ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "168/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ về đăng ký doanh nghiệp",
        "date": "2025-06-30",
        "issuer": "Chính phủ"
      },
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "59/2020/QH14",
        "type": "Luật",
        "name": "Luật Doanh nghiệp",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001266",
    "name": "Chấm dứt hoạt động hộ kinh doanh",
    "sectorCode": "thanh-lap-va-hoat-dong-doanh-nghiep-ho-kinh-doanh",
    "levels": [
      "central",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G12",
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": {
        "duration": 1,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Biên bản họp nhóm cá nhân tham gia hộ kinh doanh về việc chấm dứt hoạt động hộ kinh doanh đối với trường hợp hộ kinh doanh do nhóm cá nhân thành lập trước ngày Nghị định số 168/2025/NĐ-CP có hiệu lực thi hành.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Thông báo chấm dứt hoạt động hộ kinh doanh.",
            "originals": 1,
            "copies": 0
          }
        ]
      },
      {
        "name": "Trường hợp ủy quyền thực hiện thủ tục thì hồ sơ phải kèm theo một trong những giấy tờ sau",
        "components": [
          {
            "name": "(iv) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính không phải là bưu chính công ích thực hiện thủ tục đăng ký hộ kinh doanh thì việc ủy quyền thực hiện theo quy định tại mục (ii).",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(v) Người ủy quyền và người được ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh chịu trách nhiệm trước pháp luật về tính hợp pháp, trung thực và chính xác của việc ủy quyền. Người uỷ quyền và người được ủy quyền phải thực hiện xác thực điện tử để được cấp đăng ký hộ kinh doanh. Trường hợp việc xác thực điện tử bị gián đoạn thì người ủy quyền thực hiện việc xác thực điện tử sau khi được cấp đăng ký hộ kinh doanh. Trường hợp người ủy quyền không xác nhận hoặc xác nhận không ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh thì Cơ quan đăng ký kinh doanh cấp xã yêu cầu hộ kinh doanh báo cáo theo quy định tại khoản 6 Điều 22 Nghị định số 168/2025/NĐ-CP.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử thì hồ sơ đăng ký hộ kinh doanh phải kèm theo bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người uỷ quyền.",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "CCCD",
            "replacingResultCode": "KQ.G01.000023"
          },
          {
            "name": "(i) Trường hợp ủy quyền cho cá nhân thực hiện thủ tục đăng ký hộ kinh doanh, kèm theo hồ sơ đăng ký hộ kinh doanh phải có văn bản ủy quyền cho cá nhân thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh. Văn bản ủy quyền này không bắt buộc phải công chứng, chứng thực.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(ii) Trường hợp ủy quyền cho tổ chức thực hiện thủ tục đăng ký hộ kinh doanh, kèm theo hồ sơ đăng ký hộ kinh doanh phải có bản sao hợp đồng cung cấp dịch vụ với tổ chức làm dịch vụ thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh, giấy giới thiệu của tổ chức đó cho cá nhân trực tiếp thực hiện thủ tục liên quan đến đăng ký hộ kinh doanh.",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "(iii) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính công ích thực hiện thủ tục đăng ký hộ kinh doanh thì khi thực hiện thủ tục đăng ký hộ kinh doanh, nhân viên bưu chính phải nộp bản sao phiếu gửi hồ sơ theo mẫu do doanh nghiệp cung ứng dịch vụ bưu chính công ích phát hành có chữ ký xác nhận của nhân viên bưu chính và chủ hộ kinh doanh.",
            "originals": 0,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G12.001017",
        "name": "Văn bản của Cơ quan đăng ký kinh doanh cấp xã thông báo lý do từ chối"
      },
      {
        "code": "KQ.G12.001349",
        "name": "Cơ quan đăng ký kinh doanh cấp xã chuyển tình trạng pháp lý của hộ kinh doanh trong Cơ sở dữ liệu về đăng ký hộ kinh doanh sang tình trạng đã chấm dứt hoạt động nếu không nhận được ý kiến của Cơ quan thuế hoặc nhận được ý kiến của Cơ quan thuế xác nhận hộ kinh doanh đã hoàn thành nghĩa vụ thuế, đồng thời đăng tải thông báo về việc chấm dứt hoạt động của hộ kinh doanh trên Cổng thông tin quốc gia về đăng ký doanh nghiệp"
      }
    ],
    "legalBasis": [
      {
        "number": "85/2019/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "68/2025/TT-BTC",
        "type": "Thông tư",
        "name": "Thông tư số 68/2025/TT-BTC của Bộ Tài chính: Ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh",
        "issuer": "Bộ Tài chính"
      },
      {
        "number": "59/2020/QH14",
        "type": "Luật",
        "name": "Luật Doanh nghiệp",
        "issuer": "Quốc hội"
      },
      {
        "number": "168/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ về đăng ký doanh nghiệp",
        "date": "2025-06-30",
        "issuer": "Chính phủ"
      },
      {
        "number": "02076/2025/QH15",
        "type": "Luật",
        "name": "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 2",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013225",
    "name": "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 15,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 20,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Đối với công trình không theo tuyến",
        "components": [
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng).",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      },
      {
        "name": "Đối với công trình theo tuyến",
        "components": [
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục hành chính về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng).",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt theo quy định của pháp luật về xây dựng, gồm: sơ đồ vị trí tuyến công trình; bản vẽ mặt bằng tổng thể hoặc bản vẽ bình đồ công trình; bản vẽ các mặt cắt dọc và mặt cắt ngang chủ yếu của tuyến công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án",
            "originals": 2,
            "copies": 0
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      },
      {
        "name": "Đối với công trình tôn giáo",
        "components": [
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng)",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt hoặc đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm: bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án",
            "originals": 2,
            "copies": 0
          },
          {
            "name": "Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Công trình tôn giáo thuộc dự án bảo quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh, phải bổ sung văn bản về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa theo quy định của pháp luật về di sản văn hóa",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản chấp thuận về sự cần thiết xây dựng và quy mô công trình của cơ quan chuyên môn về tôn giáo thuộc Ủy ban nhân dân cấp tỉnh",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đối với công trình tín ngưỡng",
        "components": [
          {
            "name": "Đối với hồ sơ đề nghị cấp giấy phép xây dựng công trình tín ngưỡng, tôn giáo thuộc dự án bảo quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh, ngoài các tài liệu quy định tại điểm a, điểm b khoản 3 Điều 55 Nghị định số 175/2024/NĐ-CP, phải bổ sung văn bản về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa theo quy định của pháp luật về di sản văn hóa.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Ý kiến của cơ quan chuyên môn về tín ngưỡng, tôn giáo thuộc Ủy ban nhân dân cấp tỉnh (trường hợp pháp luật về tín ngưỡng, tôn giáo có quy định); báo cáo kết quả thẩm tra thiết kế xây dựng đối với các công trình tín ngưỡng ảnh hưởng lớn đến an toàn, lợi ích cộng đồng",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng kèm theo; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy; báo cáo kết quả thẩm tra thiết kế xây dựng trong trường hợp pháp luật về xây dựng có yêu cầu, gồm: Bản vẽ mặt bằng công trình trên lô đất kèm theo sơ đồ vị trí công trình; Bản vẽ mặt bằng các tầng, các mặt đứng và mặt cắt chính của công trình; Bản vẽ mặt bằng móng và mặt cắt móng kèm theo sơ đồ đấu nối hệ thống hạ tầng kỹ thuật bên ngoài công trình gồm cấp nước, thoát nước, cấp điện; Đối với công trình xây dựng có công trình liền kề phải có bản cam kết bảo đảm an toàn đối với công trình liền kề (đối với công trình xây dựng có công trình liền kề).",
            "originals": 2,
            "copies": 0
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      },
      {
        "name": "Đối với công trình tượng đài, tranh hoành tráng",
        "components": [
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở được phê duyệt theo quy định của pháp luật về xây dựng, gồm; bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 2,
            "copies": 1
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Văn bản chấp thuận về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng)",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      },
      {
        "name": "Đối với công trình của các cơ quan ngoại giao và tổ chức quốc tế",
        "components": [
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở được phê duyệt theo quy định của pháp luật về xây dựng, gồm; bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 2,
            "copies": 0
          },
          {
            "name": "Các điều khoản quy định của Hiệp định hoặc thỏa thuận đã được ký kết với Chính phủ Việt Nam.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng).",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      },
      {
        "name": "Đối với công trình nhà ở riêng lẻ",
        "components": [
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Hồ sơ thiết kế xây dựng: + Đối với nhà ở riêng lẻ của hộ gia đình, cá nhân: 02 bộ bản vẽ thiết kế xây dựng kèm theo; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy; báo cáo kết quả thẩm tra thiết kế xây dựng trong trường hợp pháp luật về xây dựng có yêu cầu, gồm: bản vẽ mặt bằng công trình trên lô đất kèm theo sơ đồ vị trí công trình; bản vẽ mặt bằng các tầng, các mặt đứng và mặt cắt chính của công trình; bản vẽ mặt bằng móng và mặt cắt móng kèm theo sơ đồ đấu nối hệ thống hạ tầng kỹ thuật bên ngoài công trình gồm cấp nước, thoát nước, cấp điện; bản cam kết bảo đảm an toàn đối với công trình liền kề (đối với công trình xây dựng có công trình liền kề); + Đối với nhà ở riêng lẻ của tổ chức: 02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt theo quy định của pháp luật về xây dựng kèm theo kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy; báo cáo kết quả thẩm tra thiết kế xây dựng trong trường hợp pháp luật về xây dựng có yêu cầu, gồm: bản vẽ mặt bằng công trình trên lô đất kèm theo sơ đồ vị trí công trình; bản vẽ mặt bằng các tầng, các mặt đứng và mặt cắt chính của công trình; bản vẽ mặt bằng móng và mặt cắt móng kèm theo sơ đồ đấu nối hệ thống hạ tầng kỹ thuật bên ngoài công trình gồm cấp nước, thoát nước, cấp điện; bản cam kết bảo đảm an toàn đối với công trình liền kề (đối với công trình xây dựng có công trình liền kề).",
            "originals": 2,
            "copies": 2
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000311",
        "name": "Giấy phép xây dựng kèm theo hồ sơ thiết kế trình xin cấp giấy phép xây dựng có đóng dấu của cơ quan có thẩm quyền cấp giấy phép xây dựng.."
      }
    ],
    "legalBasis": [
      {
        "number": "140/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "105/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định chi tiết một số điều và biện pháp thi hành luật phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "issuer": "Chính phủ"
      },
      {
        "number": "14/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "sửa đổi, bổ sung một số điều của các Nghị định để cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh thuộc phạm vi quản lý của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "175/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 175/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "62/2020/QH14",
        "type": "Luật",
        "name": "Luật số 62/2020/QH14 của Quốc hội: Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
        "issuer": "Quốc hội"
      },
      {
        "number": "144/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "50/2014/QH13",
        "type": "Luật",
        "name": "Luật Xây dựng",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013229",
    "name": "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ:",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 15,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 20,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Đối với công trình không theo tuyến",
        "components": [
          {
            "name": "Bản vẽ hiện trạng của các bộ phận công trình dự kiến sửa chữa, cải tạo đã được phê duyệt theo quy định có tỷ lệ tương ứng với tỷ lệ các bản vẽ của hồ sơ đề nghị cấp phép sửa chữa, cải tạo và ảnh chụp (kích thước tối thiểu 10 x 15 cm) hiện trạng công trình và công trình lân cận trước khi sửa chữa, cải tạo.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những loại giấy tờ hợp pháp về đất đai để cấp phép xây dựng theo quy định tại Điều 53 Nghị số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất kiểm tra thực tế sử dụng và xử lý theo quy định tại Điều 142, Điều 145…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt hoặc đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm: bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng).",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          }
        ]
      },
      {
        "name": "Đối với công trình theo tuyến",
        "components": [
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục hành chính về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng).",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Văn bản chấp thuận của cơ quan nhà nước có thẩm quyền về vị trí và phương án tuyến hoặc Quyết định thu hồi đất của cơ quan nhà nước có thẩm quyền theo quy định của pháp luật về đất đai.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt hoặc đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm: bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đối với công trình tôn giáo",
        "components": [
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt hoặc đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm: bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục hành chính về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng).",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Công trình tôn giáo thuộc dự án bảo quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh, phải bổ sung văn bản về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa theo quy định của pháp luật về di sản văn hóa.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Văn bản chấp thuận về sự cần thiết xây dựng và quy mô công trình của cơ quan chuyên môn về tôn giáo thuộc Ủy ban nhân dân cấp tỉnh.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đối với công trình tín ngưỡng",
        "components": [
          {
            "name": "Ý kiến của cơ quan chuyên môn về tín ngưỡng, tôn giáo thuộc Ủy ban nhân dân cấp tỉnh (trường hợp pháp luật về tín ngưỡng, tôn giáo có quy định); báo cáo kết quả thẩm tra thiết kế xây dựng đối với các công trình tín ngưỡng ảnh hưởng lớn đến an toàn, lợi ích cộng đồng",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng kèm theo; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy; báo cáo kết quả thẩm tra thiết kế xây dựng trong trường hợp pháp luật về xây dựng có yêu cầu, gồm: Bản vẽ mặt bằng công trình trên lô đất kèm theo sơ đồ vị trí công trình; Bản vẽ mặt bằng các tầng, các mặt đứng và mặt cắt chính của công trình; Bản vẽ mặt bằng móng và mặt cắt móng kèm theo sơ đồ đấu nối hệ thống hạ tầng kỹ thuật bên ngoài công trình gồm cấp nước, thoát nước, cấp điện; Đối với công trình xây dựng có công trình liền kề phải có bản cam kết bảo đảm an toàn đối với công trình liền kề (đối với công trình xây dựng có công trình liền kề).",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đối với hồ sơ đề nghị cấp giấy phép xây dựng công trình tín ngưỡng, tôn giáo thuộc dự án bảo quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh, ngoài các tài liệu quy định tại điểm a, điểm b khoản 3 Điều 55 Nghị định số 175/2024/NĐ-CP, phải bổ sung văn bản về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa theo quy định của pháp luật về di sản văn hóa.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          }
        ]
      },
      {
        "name": "Đối với công trình tượng đài, tranh hoành tráng",
        "components": [
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt hoặc đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm: bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản chấp thuận về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng).",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      },
      {
        "name": "Đối với công trình của các cơ quan ngoại giao và tổ chức quốc tế",
        "components": [
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở được phê duyệt theo quy định của pháp luật về xây dựng, gồm; bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng).",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Các điều khoản quy định của Hiệp định hoặc thỏa thuận đã được ký kết với Chính phủ Việt Nam.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đối với công trình nhà ở riêng lẻ",
        "components": [
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Hồ sơ thiết kế xây dựng: + Đối với nhà ở riêng lẻ của hộ gia đình, cá nhân: 02 bộ bản vẽ thiết kế xây dựng kèm theo; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy; báo cáo kết quả thẩm tra thiết kế xây dựng trong trường hợp pháp luật về xây dựng có yêu cầu, gồm: bản vẽ mặt bằng công trình trên lô đất kèm theo sơ đồ vị trí công trình; bản vẽ mặt bằng các tầng, các mặt đứng và mặt cắt chính của công trình; bản vẽ mặt bằng móng và mặt cắt móng kèm theo sơ đồ đấu nối hệ thống hạ tầng kỹ thuật bên ngoài công trình gồm cấp nước, thoát nước, cấp điện; bản cam kết bảo đảm an toàn đối với công trình liền kề (đối với công trình xây dựng có công trình liền kề); + Đối với nhà ở riêng lẻ của tổ chức: 02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt theo quy định của pháp luật về xây dựng kèm theo kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy; báo cáo kết quả thẩm tra thiết kế xây dựng trong trường hợp pháp luật về xây dựng có yêu cầu, gồm: bản vẽ mặt bằng công trình trên lô đất kèm theo sơ đồ vị trí công trình; bản vẽ mặt bằng các tầng, các mặt đứng và mặt cắt chính của công trình; bản vẽ mặt bằng móng và mặt cắt móng kèm theo sơ đồ đấu nối hệ thống hạ tầng kỹ thuật bên ngoài công trình gồm cấp nước, thoát nước, cấp điện; bản cam kết bảo đảm an toàn đối với công trình liền kề (đối với công trình xây dựng có công trình liền kề).",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000312",
        "name": "- Giấy phép xây dựng kèm theo hồ sơ thiết kế trình xin cấp giấy phép xây dựng có đóng dấu của cơ quan có thẩm quyền cấp giấy phép xây dựng."
      }
    ],
    "legalBasis": [
      {
        "number": "105/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định chi tiết một số điều và biện pháp thi hành luật phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "issuer": "Chính phủ"
      },
      {
        "number": "14/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "sửa đổi, bổ sung một số điều của các Nghị định để cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh thuộc phạm vi quản lý của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "140/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "144/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "175/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 175/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "62/2020/QH14",
        "type": "Luật",
        "name": "Luật số 62/2020/QH14 của Quốc hội: Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
        "issuer": "Quốc hội"
      },
      {
        "number": "50/2014/QH13",
        "type": "Luật",
        "name": "Luật Xây dựng",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013227",
    "name": "Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đơn đề nghị gia hạn giấy phép xây dựng theo Mẫu số 2 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản chính giấy phép xây dựng đã được cấp theo quy định",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000315",
        "name": "- Giấy phép xây dựng được gia hạn."
      }
    ],
    "legalBasis": [
      {
        "number": "105/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định chi tiết một số điều và biện pháp thi hành luật phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "issuer": "Chính phủ"
      },
      {
        "number": "62/2020/QH14",
        "type": "Luật",
        "name": "Luật số 62/2020/QH14 của Quốc hội: Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
        "issuer": "Quốc hội"
      },
      {
        "number": "140/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "144/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "50/2014/QH13",
        "type": "Luật",
        "name": "Luật Xây dựng",
        "issuer": "Quốc hội"
      },
      {
        "number": "14/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "sửa đổi, bổ sung một số điều của các Nghị định để cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh thuộc phạm vi quản lý của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "175/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 175/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng",
        "issuer": "Chính phủ"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013228",
    "name": "Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đơn đề nghị điều chỉnh, gia hạn, cấp lại giấy phép xây dựng, trong đó giải trình rõ lý do đề nghị cấp lại theo Mẫu số 02 Phụ lục II Nghị định số 175/2024/NĐ-CP",
            "originals": 1,
            "copies": 0
          },
          {
            "name": "Bản chính giấy phép xây dựng đã được cấp theo quy định (đối với trường hợp bị rách, nát)",
            "originals": 1,
            "copies": 0,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000316",
        "name": "- Giấy phép xây dựng được cấp lại."
      }
    ],
    "legalBasis": [
      {
        "number": "105/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định chi tiết một số điều và biện pháp thi hành luật phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "issuer": "Chính phủ"
      },
      {
        "number": "14/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "sửa đổi, bổ sung một số điều của các Nghị định để cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh thuộc phạm vi quản lý của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "175/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 175/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "62/2020/QH14",
        "type": "Luật",
        "name": "Luật số 62/2020/QH14 của Quốc hội: Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
        "issuer": "Quốc hội"
      },
      {
        "number": "140/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "144/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "50/2014/QH13",
        "type": "Luật",
        "name": "Luật Xây dựng",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013236",
    "name": "Cấp giấy phép xây dựng mới công trình cấp đặc biệt, cấp I, cấp II (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án)",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.07.H56",
      "000.00.07.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 20,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 20,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Đối với công trình không theo tuyến",
        "components": [
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt hoặc đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm: bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Ngoài các thành phần hồ sơ nêu trên, chủ đầu tư cần cung cấp dữ liệu BIM của công trình theo các định dạng gốc và định dạng chuẩn IFC 4.0 hoặc các định dạng mở khác phù hợp với đặc thù, tính chất của công trình bằng các thiết bị lưu trữ phổ biến theo quy định tại khoản 2 Điều 8 Nghị định số 175/2024/NĐ-CP. Dữ liệu BIM có thể bao gồm nhiều tệp tin nhưng dung lượng của mỗi tệp tin không quá 500 MB. Nội dung dữ liệu BIM nộp cho cơ quan chuyên môn về xây dựng phải có các thông tin thể hiện được vị trí, hình dạng không gian ba chiều của công trình, trong đó thể hiện đầy đủ kích thước chủ yếu các bộ phận chính của công trình.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng)..",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          }
        ]
      },
      {
        "name": "Đối với công trình theo tuyến",
        "components": [
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục hành chính về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng)..",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt theo quy định của pháp luật về xây dựng, gồm: sơ đồ vị trí tuyến công trình; bản vẽ mặt bằng tổng thể hoặc bản vẽ bình đồ công trình; bản vẽ các mặt cắt dọc và mặt cắt ngang chủ yếu của tuyến công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Ngoài các thành phần hồ sơ nêu trên, chủ đầu tư cần cung cấp dữ liệu BIM của công trình theo các định dạng gốc và định dạng chuẩn IFC 4.0 hoặc các định dạng mở khác phù hợp với đặc thù, tính chất của công trình bằng các thiết bị lưu trữ phổ biến theo quy định tại khoản 2 Điều 8 Nghị định số 175/2024/NĐ-CP. Dữ liệu BIM có thể bao gồm nhiều tệp tin nhưng dung lượng của mỗi tệp tin không quá 500 MB. Nội dung dữ liệu BIM nộp cho cơ quan chuyên môn về xây dựng phải có các thông tin thể hiện được vị trí, hình dạng không gian ba chiều của công trình, trong đó thể hiện đầy đủ kích thước chủ yếu các bộ phận chính của công trình.",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đối với công trình tôn giáo",
        "components": [
          {
            "name": "Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt theo quy định của pháp luật về xây dựng, gồm: sơ đồ vị trí tuyến công trình; bản vẽ mặt bằng tổng thể hoặc bản vẽ bình đồ công trình; bản vẽ các mặt cắt dọc và mặt cắt ngang chủ yếu của tuyến công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án..",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Công trình tôn giáo thuộc dự án bảo quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh, phải bổ sung văn bản về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa theo quy định của pháp luật về di sản văn hóa.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản chấp thuận về sự cần thiết xây dựng và quy mô công trình của cơ quan chuyên môn về tôn giáo thuộc Ủy ban nhân dân cấp tỉnh..",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Ngoài các thành phần hồ sơ nêu trên, chủ đầu tư cần cung cấp dữ liệu BIM của công trình theo các định dạng gốc và định dạng chuẩn IFC 4.0 hoặc các định dạng mở khác phù hợp với đặc thù, tính chất của công trình bằng các thiết bị lưu trữ phổ biến theo quy định tại khoản 2 Điều 8 Nghị định số 175/2024/NĐ-CP. Dữ liệu BIM có thể bao gồm nhiều tệp tin nhưng dung lượng của mỗi tệp tin không quá 500 MB. Nội dung dữ liệu BIM nộp cho cơ quan chuyên môn về xây dựng phải có các thông tin thể hiện được vị trí, hình dạng không gian ba chiều của công trình, trong đó thể hiện đầy đủ kích thước chủ yếu các bộ phận chính của công trình.",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đối với công trình tín ngưỡng",
        "components": [
          {
            "name": "Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Ngoài các thành phần hồ sơ nêu trên, chủ đầu tư cần cung cấp dữ liệu BIM của công trình theo các định dạng gốc và định dạng chuẩn IFC 4.0 hoặc các định dạng mở khác phù hợp với đặc thù, tính chất của công trình bằng các thiết bị lưu trữ phổ biến theo quy định tại khoản 2 Điều 8 Nghị định số 175/2024/NĐ-CP. Dữ liệu BIM có thể bao gồm nhiều tệp tin nhưng dung lượng của mỗi tệp tin không quá 500 MB. Nội dung dữ liệu BIM nộp cho cơ quan chuyên môn về xây dựng phải có các thông tin thể hiện được vị trí, hình dạng không gian ba chiều của công trình, trong đó thể hiện đầy đủ kích thước chủ yếu các bộ phận chính của công trình.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Hồ sơ thiết kế xây dựng: 02 bộ bản vẽ thiết kế xây dựng kèm theo; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy; báo cáo kết quả thẩm tra thiết kế xây dựng trong trường hợp pháp luật về xây dựng có yêu cầu, gồm: Bản vẽ mặt bằng công trình trên lô đất kèm theo sơ đồ vị trí công trình; Bản vẽ mặt bằng các tầng, các mặt đứng và mặt cắt chính của công trình; Bản vẽ mặt bằng móng và mặt cắt móng kèm theo sơ đồ đấu nối hệ thống hạ tầng kỹ thuật bên ngoài công trình gồm cấp nước, thoát nước, cấp điện; Đối với công trình xây dựng có công trình liền kề phải có bản cam kết bảo đảm an toàn đối với công trình liền kề (đối với công trình xây dựng có công trình liền kề).",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đối với hồ sơ đề nghị cấp giấy phép xây dựng công trình tín ngưỡng, tôn giáo thuộc dự án bảo quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh, ngoài các tài liệu quy định tại điểm a, điểm b khoản 3 Điều 55 Nghị định số 175/2024/NĐ-CP, phải bổ sung văn bản về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa theo quy định của pháp luật về di sản văn hóa.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Ý kiến của cơ quan chuyên môn về tín ngưỡng, tôn giáo thuộc Ủy ban nhân dân cấp tỉnh (trường hợp pháp luật về tín ngưỡng, tôn giáo có quy định); báo cáo kết quả thẩm tra thiết kế xây dựng đối với các công trình tín ngưỡng ảnh hưởng lớn đến an toàn, lợi ích cộng đồng",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đối với công trình tượng đài, tranh hoành tráng",
        "components": [
          {
            "name": "Văn bản chấp thuận về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt và đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm; bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP ; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng..",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Ngoài các thành phần hồ sơ nêu trên, chủ đầu tư cần cung cấp dữ liệu BIM của công trình theo các định dạng gốc và định dạng chuẩn IFC 4.0 hoặc các định dạng mở khác phù hợp với đặc thù, tính chất của công trình bằng các thiết bị lưu trữ phổ biến theo quy định tại khoản 2 Điều 8 Nghị định số 175/2024/NĐ-CP. Dữ liệu BIM có thể bao gồm nhiều tệp tin nhưng dung lượng của mỗi tệp tin không quá 500 MB. Nội dung dữ liệu BIM nộp cho cơ quan chuyên môn về xây dựng phải có các thông tin thể hiện được vị trí, hình dạng không gian ba chiều của công trình, trong đó thể hiện đầy đủ kích thước chủ yếu các bộ phận chính của công trình.",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đối với công trình của các cơ quan ngoại giao và tổ chức quốc tế",
        "components": [
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Các điều khoản quy định của Hiệp định hoặc thỏa thuận đã được ký kết với Chính phủ Việt Nam.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Ngoài các thành phần hồ sơ nêu trên, chủ đầu tư cần cung cấp dữ liệu BIM của công trình theo các định dạng gốc và định dạng chuẩn IFC 4.0 hoặc các định dạng mở khác phù hợp với đặc thù, tính chất của công trình bằng các thiết bị lưu trữ phổ biến theo quy định tại khoản 2 Điều 8 Nghị định số 175/2024/NĐ-CP. Dữ liệu BIM có thể bao gồm nhiều tệp tin nhưng dung lượng của mỗi tệp tin không quá 500 MB. Nội dung dữ liệu BIM nộp cho cơ quan chuyên môn về xây dựng phải có các thông tin thể hiện được vị trí, hình dạng không gian ba chiều của công trình, trong đó thể hiện đầy đủ kích thước chủ yếu các bộ phận chính của công trình.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở được phê duyệt theo quy định của pháp luật về xây dựng, gồm; bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000232",
        "name": "Giấy phép xây dựng kèm theo hồ sơ thiết kế trình xin cấp giấy phép xây dựng có đóng dấu của cơ quan có thẩm quyền cấp giấy phép xây dựng. .."
      }
    ],
    "legalBasis": [
      {
        "number": "14/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "sửa đổi, bổ sung một số điều của các Nghị định để cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh thuộc phạm vi quản lý của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "105/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định chi tiết một số điều và biện pháp thi hành luật phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "issuer": "Chính phủ"
      },
      {
        "number": "144/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "62/2020/QH14",
        "type": "Luật",
        "name": "Luật số 62/2020/QH14 của Quốc hội: Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013238",
    "name": "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp đặc biệt, cấp I, cấp II (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án)",
    "sectorCode": "hoat-dong-xay-dung",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.07.H56",
      "000.00.07.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 20,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 20,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Đối với công trình theo tuyến",
        "components": [
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục hành chính về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng)..",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt theo quy định của pháp luật về xây dựng, gồm: sơ đồ vị trí tuyến công trình; bản vẽ mặt bằng tổng thể hoặc bản vẽ bình đồ công trình; bản vẽ các mặt cắt dọc và mặt cắt ngang chủ yếu của tuyến công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      },
      {
        "name": "Đối với công trình tôn giáo",
        "components": [
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục hành chính về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng)..",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Công trình tôn giáo thuộc dự án bảo quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh, phải bổ sung văn bản về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa theo quy định của pháp luật về di sản văn hóa.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản chấp thuận về sự cần thiết xây dựng và quy mô công trình của cơ quan chuyên môn về tôn giáo thuộc Ủy ban nhân dân cấp tỉnh..",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt theo quy định của pháp luật về xây dựng, gồm: sơ đồ vị trí tuyến công trình; bản vẽ mặt bằng tổng thể hoặc bản vẽ bình đồ công trình; bản vẽ các mặt cắt dọc và mặt cắt ngang chủ yếu của tuyến công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án..",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      },
      {
        "name": "Đối với công trình tín ngưỡng",
        "components": [
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng kèm theo kết quả thực hiện thủ tục hành chính theo quy định của pháp luật về phòng cháy, chữa cháy; báo cáo kết quả thẩm tra thiết kế xây dựng trong trường hợp pháp luật về xây dựng có yêu cầu, gồm: Bản vẽ mặt bằng công trình trên lô đất kèm theo sơ đồ vị trí công trình; Bản vẽ mặt bằng các tầng, các mặt đứng và mặt cắt chính của công trình; Bản vẽ mặt bằng móng và mặt cắt móng kèm theo sơ đồ đấu nối hệ thống hạ tầng kỹ thuật bên ngoài công trình gồm cấp nước, thoát nước, cấp điện; Đối với công trình xây dựng có công trình liền kề phải có bản cam kết bảo đảm an toàn đối với công trình liền kề (đối với công trình xây dựng có công trình liền kề).",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đối với hồ sơ đề nghị cấp giấy phép xây dựng công trình tín ngưỡng, tôn giáo thuộc dự án bảo quản, tu bổ, phục hồi di tích lịch sử - văn hóa, danh lam thắng cảnh, ngoài các tài liệu quy định tại điểm a, điểm b khoản 3 Điều 55 Nghị định số 179/2024/NĐ-CP, phải bổ sung văn bản về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa theo quy định của pháp luật về di sản văn hóa.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Ý kiến của cơ q uan chuyên môn về tín ngưỡng, tôn giáo thuộc Ủy ban nhân dân cấp tỉnh (trường hợp pháp luật về tín ngưỡng, tôn giáo có quy định); báo cáo kết quả thẩm tra thiết kế xây dựng đối với các công trình tín ngưỡng ảnh hưởng lớn đến an toàn, lợi ích cộng đồng",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Đối với công trình tượng đài, tranh hoành tráng",
        "components": [
          {
            "name": "Văn bản chấp thuận về sự cần thiết xây dựng và quy mô công trình của cơ quan quản lý nhà nước về văn hóa.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn đề nghị c ấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ t hiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt và đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm; bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng)..",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          }
        ]
      },
      {
        "name": "Đối với công trình của các cơ quan ngoại giao và tổ chức quốc tế",
        "components": [
          {
            "name": "Các điều khoản quy định của Hiệp định hoặc thỏa thuận đã được ký kết với Chính phủ Việt Nam.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng)..",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở được phê duyệt theo quy định của pháp luật về xây dựng, gồm; bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      },
      {
        "name": "Đối với công trình không theo tuyến",
        "components": [
          {
            "name": "02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở (thiết kế bản vẽ thi công đối với dự án chỉ yêu cầu lập Báo cáo kinh tế - kỹ thuật) được phê duyệt hoặc đóng dấu xác nhận theo quy định của pháp luật về xây dựng, gồm: bản vẽ tổng mặt bằng toàn dự án, mặt bằng định vị công trình trên lô đất; bản vẽ kiến trúc các mặt bằng, các mặt đứng và mặt cắt chủ yếu của công trình; bản vẽ mặt bằng, mặt cắt móng; các bản vẽ thể hiện giải pháp kết cấu chính của công trình; bản vẽ mặt bằng đấu nối với hệ thống hạ tầng kỹ thuật bên ngoài công trình, dự án.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Bản vẽ hiện trạng của các bộ phận công trình dự kiến sửa chữa, cải tạo đã được phê duyệt theo quy định có tỷ lệ tương ứng với tỷ lệ các bản vẽ của hồ sơ đề nghị cấp phép sửa chữa, cải tạo và ảnh chụp (kích thước tối thiểu 10 x 15 cm) hiện trạng công trình và công trình lân cận trước khi sửa chữa, cải tạo.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất và sở hữu công trình để cấp phép xây dựng theo quy định tại Điều 53 của Nghị định số 175/2024/NĐ-CP bao gồm: + Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. + Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. + Giấy chứng nhận quyền sở hữu nhà ở; giấy chứng nhận quyền sở hữu công trình xây dựng đã được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở, pháp luật về xây dựng qua các thời kỳ. + Các loại giấy tờ đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất nhưng chưa được cấp giấy chứng nhận gồm: Các loại giấy tờ quy định tại Điều 137 của Luật đất đai năm 2024; hoặc giấy xác nhận của Ủy ban nhân dân cấp xã và được tổ chức đăng ký đất đai xác nhận đủ điều kiện để cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai. + Giấy tờ về đất đai đối với trường hợp được Nhà nước giao đất, cho thuê đất, chuyển mục đích sử dụng đất từ sau ngày 01 tháng 7 năm 2004 nhưng không có giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định của pháp luật về đất đai, gồm: Quyết định giao đất của cơ quan nhà nước có thẩm quyền hoặc Quyết định cho thuê đất của cơ quan nhà nước có thẩm quyền và hợp đồng thuê đất kèm theo (nếu có) hoặc giấy tờ về trúng đấu giá quyền sử dụng đất, đấu thầu dự án có sử dụng đất. + Báo cáo hiện trạng sử dụng đất đối với trường hợp tổ chức, cơ sở tôn giáo đang sử dụng mà chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất được Ủy ban nhân dân cấp tỉnh nơi có đất…",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở được cấp theo quy định của pháp luật về đất đai, pháp luật về nhà ở qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất được cấp theo quy định của Luật Đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục số II Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Khuyến khích chủ đầu tư chủ động áp dụng BIM trong đầu tư xây dựng và có trách nhiệm cập nhật tệp tin BIM trong hồ sơ thiết kế vào cơ sở dữ liệu quốc gia về hoạt động xây dựng theo quy định tại điểm b khoản 1 Điều 8 Nghị định số 175/2024/NĐ-CP.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp theo quy định của pháp luật về đất đai qua các thời kỳ. Trường hợp Giấy chứng nhận quyền sử dụng đất đã có trong Cơ sở dữ liệu quốc gia về đất đai thì các thông tin này được thay thế bằng dữ liệu khi Cơ sở dữ liệu quốc gia về đất đai được vận hành.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Quyết định phê duyệt dự án; văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và hồ sơ bản vẽ thiết kế cơ sở được đóng dấu xác nhận kèm theo (nếu có); báo cáo kết quả thẩm tra thiết kế xây dựng (nếu có) theo quy định tại khoản 5 Điều 43 Nghị định số 175/2024/NĐ-CP, Nghị định số 105/2025/NĐ-CP và Nghị định số 144/2025/NĐ-CP; kết quả thủ tục hành chính theo quy định của pháp luật về phòng cháy và chữa cháy đối với hồ sơ thiết kế đề nghị cấp giấy phép xây dựng; kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường (đối với trường hợp không thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng tại cơ quan chuyên môn về xây dựng)..",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GPXD",
            "replacingResultCode": "KQ.G17.000311"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G17.000234",
        "name": "Giấy phép sửa chữa, cải tạo công trình xây dựng kèm theo hồ sơ thiết kế trình xin cấp giấy phép xây dựng có đóng dấu của cơ quan có thẩm quyền cấp giấy phép xây dựng. .."
      }
    ],
    "legalBasis": [
      {
        "number": "175/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 175/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "14/2026/NĐ-CP",
        "type": "Nghị định",
        "name": "sửa đổi, bổ sung một số điều của các Nghị định để cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh thuộc phạm vi quản lý của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "144/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng",
        "issuer": "Chính phủ"
      },
      {
        "number": "62/2020/QH14",
        "type": "Luật",
        "name": "Luật số 62/2020/QH14 của Quốc hội: Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
        "issuer": "Quốc hội"
      },
      {
        "number": "105/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "quy định chi tiết một số điều và biện pháp thi hành luật phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "issuer": "Chính phủ"
      },
      {
        "number": "50/2014/QH13",
        "type": "Luật",
        "name": "Luật Xây dựng",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012753",
    "name": "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức đang sử dụng đất",
    "sectorCode": "dat-dai",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 20,
        "unit": "working_day"
      },
      "online": {
        "duration": 17,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đơn đăng ký đất đai, tài sản gắn liền với đất",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản về việc đại diện theo quy định của pháp luật về dân sự đối với trường hợp thực hiện thủ tục đăng ký đất đai, tài sản gắn liền với đất thông qua người đại diện.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Sơ đồ hoặc bản trích lục bản đồ địa chính hoặc mảnh trích đo bản đồ địa chính thửa đất (nếu có).",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản thỏa thuận về việc cấp chung một Giấy chứng nhận đối với trường hợp có nhiều người chung quyền sử dụng đất, chung quyền sở hữu tài sản gắn liền với đất.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Quyết định vị trí đóng quân hoặc văn bản giao cơ sở nhà đất hoặc địa điểm công trình quốc phòng, an ninh được cấp có thẩm quyền phê duyệt cho đơn vị quân đội, đơn vị công an, đơn vị sự nghiệp công lập thuộc Quân đội nhân dân, Công an nhân dân; doanh nghiệp nhà nước do Bộ Quốc phòng, Bộ Công an được giao quản lý, sử dụng đất, công trình gắn liền với đất.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Báo cáo kết quả rà soát hiện trạng sử dụng đất theo Mẫu số 15d ban hành kèm theo Nghị định số 151/2025/NĐ-CP.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Chứng từ thực hiện nghĩa vụ tài chính, giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính về đất đai, tài sản gắn liền với đất (nếu có).",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.000935",
        "name": "Quyết định hình thức sử dụng đất."
      },
      {
        "code": "KQ.G10.001148",
        "name": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất."
      }
    ],
    "legalBasis": [
      {
        "number": "101/2024/NĐ-CP",
        "type": "Nghị định",
        "issuer": "Chính phủ"
      },
      {
        "number": "151/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và cổng Dịch vụ công quốc gia118/2025/NĐ-CQuy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
        "issuer": "Chính phủ"
      },
      {
        "number": "02443/2024/QH15",
        "type": "Luật",
        "name": "Luật số 43/2024/QH15 ngày 29/6/2",
        "issuer": "Quốc hội"
      },
      {
        "number": "226/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật Đất đai",
        "issuer": "Chính phủ"
      },
      {
        "number": "31/2024/QH15",
        "type": "Luật",
        "name": "Luật Đất đai ngày 18/01/2024;",
        "date": "2024-01-18",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012812",
    "name": "Hòa giải tranh chấp đất đai",
    "sectorCode": "dat-dai",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": {
        "duration": 40,
        "unit": "calendar_day"
      },
      "online": null
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Các giấy tờ có liên quan đến việc sử dụng đất (bản phô tô hoặc có công chức hoặc có chứng thực).",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn yêu cầu yêu cầu hòa giải tranh chấp đất đai (bản chính)",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.001159",
        "name": "Biên bản hòa giải có chữ ký của Chủ tịch Hội đồng hòa giải, các bên tranh chấp có mặt tại buổi hòa giải, các thành viên tham gia hòa giải (có đóng dấu UBND cấp xã)"
      },
      {
        "code": "KQ.G13.000291",
        "name": "- Biên bản hòa giải được gửi cho các bên tranh chấp và lưu tại UBND cấp xã."
      }
    ],
    "legalBasis": [
      {
        "number": "102/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai.",
        "date": "2024-07-30",
        "issuer": "Chính phủ"
      },
      {
        "number": "02443/2024/QH15",
        "type": "Luật",
        "name": "Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và cổng Dịch vụ công quốc gia118/2025/NĐ-CLuật số 43/2024/QH15 ngày 29/6/2",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013967",
    "name": "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp xã",
    "sectorCode": "dat-dai",
    "levels": [
      "commune"
    ],
    "agencyCodes": [
      "000.01.31.H56",
      "000.02.31.H56",
      "000.01.31.H49",
      "000.02.31.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 60,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 45,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Đơn yêu cầu giải quyết tranh chấp đất đai",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "Thành phần hồ sơ cơ quan quản lý đất đai trình Chủ tịch Ủy ban nhân dân cấp xã, bao gồm",
        "components": [
          {
            "name": "Đơn yêu cầu giải quyết tranh chấp đất đai",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Trích lục bản đồ, hồ sơ địa chính, dữ liệu ảnh viễn thám qua các thời kỳ liên quan đến diện tích đất tranh chấp (nếu có) và các tài liệu làm chứng cứ, chứng minh trong quá trình giải quyết tranh chấp",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Báo cáo đề xuất và dự thảo quyết định giải quyết tranh chấp hoặc dự thảo quyết định công nhận hòa giải thành",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Biên bản hòa giải tại Ủy ban nhân dân cấp xã; biên bản làm việc với các bên tranh chấp và người có liên quan; biên bản kiểm tra hiện trạng đất tranh chấp; biên bản cuộc họp các ban, ngành có liên quan để tư vấn giải quyết tranh chấp đất đai đối với trường hợp hòa giải không thành; biên bản hòa giải trong quá trình giải quyết tranh chấp",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.000916",
        "name": "Quyết định giải quyết tranh chấp đất đai"
      }
    ],
    "legalBasis": [
      {
        "number": "02443/2024/QH15",
        "type": "Luật",
        "name": "Luật số 43/2024/QH15 ngày 29/6/2",
        "issuer": "Quốc hội"
      },
      {
        "number": "118/2020/NĐ-CP",
        "type": "Nghị định",
        "name": "Luật Đất đai ngày 18/01/2024;31/2024/QH15118/2020/NĐ-CP",
        "date": "2024-01-18",
        "issuer": "Chính phủ"
      },
      {
        "number": "151/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định số 151/2024/NĐ-CP của Chính phủ: Quy định chi tiết một số điều và biện pháp thi hành Luật Trật tự, an toàn giao thông đường bộ",
        "issuer": "Chính phủ"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012756",
    "name": "Đăng ký đất đai lần đầu đối với trường hợp được Nhà nước giao đất để quản lý.",
    "sectorCode": "dat-dai",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.08.H56",
      "000.00.08.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 17,
        "unit": "working_day"
      },
      "online": {
        "duration": 17,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Báo cáo kết quả rà soát hiện trạng sử dụng đất theo Mẫu số 15đ ban hành kèm theo Nghị định số 151/2025/NĐ-CP.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Đơn đăng ký đất đai, tài sản gắn liền với đất",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.000846",
        "name": "Lập, cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai."
      }
    ],
    "legalBasis": [
      {
        "number": "31/2024/QH15",
        "type": "Luật",
        "name": "Luật Đất đai ngày 18/01/2024;",
        "date": "2024-01-18",
        "issuer": "Quốc hội"
      },
      {
        "number": "151/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và cổng Dịch vụ công quốc gia118/2025/NĐ-CQuy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
        "issuer": "Chính phủ"
      },
      {
        "number": "02443/2024/QH15",
        "type": "Luật",
        "name": "Luật số 43/2024/QH15 ngày 29/6/2",
        "issuer": "Quốc hội"
      },
      {
        "number": "101/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Luật số 58/2024/QH15 của Quốc hội: Luật Đầu tư côngLuật số 58Nghị định",
        "issuer": "Chính phủ"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012805",
    "name": "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân cấp tỉnh",
    "sectorCode": "dat-dai",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.08.H56",
      "000.00.08.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 60,
        "unit": "calendar_day"
      },
      "online": {
        "duration": 50,
        "unit": "calendar_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Báo cáo đề xuất và dự thảo quyết định giải quyết tranh chấp hoặc dự thảo quyết định công nhận hòa giải thành",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Trích lục bản đồ, hồ sơ địa chính, dữ liệu ảnh viễn thám qua các thời kỳ liên quan đến diện tích đất tranh chấp (nếu có) và các tài liệu làm chứng cứ, chứng minh trong quá trình giải quyết tranh chấp",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Biên bản hòa giải tại Ủy ban nhân dân cấp xã; biên bản làm việc với các bên tranh chấp và người có liên quan; biên bản kiểm tra hiện trạng đất tranh chấp; biên bản cuộc họp các ban, ngành có liên quan để tư vấn giải quyết tranh chấp đất đai đối với trường hợp hòa giải không thành (nếu có); biên bản hòa giải trong quá trình giải quyết tranh chấp",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn yêu cầu yêu cầu giải quyết tranh chấp đất đai",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.001144",
        "name": "Quyết định công nhận hòa giải thành hoặc Quyết định giải quyết tranh chấp đất đai"
      }
    ],
    "legalBasis": [
      {
        "number": "02443/2024/QH15",
        "type": "Luật",
        "name": "Luật số 43/2024/QH15 ngày 29/6/2",
        "issuer": "Quốc hội"
      },
      {
        "number": "151/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và cổng Dịch vụ công quốc gia118/2025/NĐ-CQuy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
        "issuer": "Chính phủ"
      },
      {
        "number": "102/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai.",
        "date": "2024-07-30",
        "issuer": "Chính phủ"
      },
      {
        "number": "31/2024/QH15",
        "type": "Luật",
        "name": "Luật Đất đai ngày 18/01/2024;",
        "date": "2024-01-18",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013831",
    "name": "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi quyền sử dụng đất nông nghiệp mà không theo phương án dồn điền, đổi thửa; chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng; bán hoặc tặng cho hoặc để thừa kế hoặc góp vốn bằng tài sản gắn liền với đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng năm",
    "sectorCode": "dat-dai",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.08.H56",
      "000.00.08.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 18,
        "unit": "working_day"
      },
      "online": {
        "duration": 18,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "a) Đối với trường hợp chuyển đổi, chuyển nhượng, thừa kế, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng; bán hoặc thừa kế hoặc góp vốn bằng tài sản gắn liền với đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng năm; tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
        "components": [
          {
            "name": "Mảnh trích đo bản đồ địa chính thửa đất đối với trường hợp người sử dụng đất có nhu cầu đo đạc để xác định lại kích thước các cạnh, diện tích của thửa đất.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản của bên nhận thế chấp về việc đồng ý cho bên thế chấp được chuyển nhượng, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đối với trường hợp chuyển nhượng, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất mà quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đang được thế chấp và đã đăng ký tại Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Bản gốc Giấy chứng nhận đã cấp.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Hợp đồng hoặc văn bản về việc chuyển quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đối với trường hợp chuyển đổi, chuyển nhượng, thừa kế, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản thỏa thuận về việc cấp chung một Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đối với trường hợp có nhiều người nhận chuyển quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Hợp đồng hoặc văn bản về việc bán hoặc tặng cho hoặc để thừa kế hoặc góp vốn bằng tài sản gắn liền với đất theo quy định của pháp luật về dân sự đối với trường hợp đất thuê của Nhà nước theo hình thức thuê đất trả tiền hằng năm.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số",
            "originals": 100,
            "copies": 1
          },
          {
            "name": "Văn bản về việc cho thuê, cho thuê lại quyền sử dụng đất đối với trường hợp cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản của người sử dụng đất đồng ý cho chủ sở hữu tài sản gắn liền với đất được chuyển nhượng, tặng cho, góp vốn bằng tài sản gắn liền với đất đối với trường hợp chuyển nhượng, tặng cho, góp vốn bằng tài sản gắn liền với đất mà chủ sở hữu tài sản không có quyền sử dụng đất đối với thửa đất đó, trừ trường hợp tổ chức nước ngoài, cá nhân nước ngoài được sở hữu nhà ở theo quy định của pháp luật về nhà ở.",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Văn bản về việc đại diện theo quy định của pháp luật về dân sự đối với trường hợp thực hiện thủ tục đăng ký đất đai, tài sản gắn liền với đất thông qua người đại diện",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Bản vẽ tách thửa đất, hợp thửa đất theo Mẫu số 22 ban hành kèm theo Nghị định số 151/2025/NĐ-CP đối với trường hợp đăng ký biến động đất đai mà phải tách thửa đất, hợp thửa đất.",
            "originals": 1,
            "copies": 1
          }
        ]
      },
      {
        "name": "b) Đối với trường hợp người sử dụng đất tặng cho quyền sử dụng đất cho Nhà nước hoặc cộng đồng dân cư hoặc mở rộng đường giao thông",
        "components": [
          {
            "name": "Văn bản tặng cho quyền sử dụng đất hoặc biên bản họp giữa đại diện thôn, ấp, làng, bản, buôn, bom, phum, sóc, tổ dân phố, điểm dân cư với người sử dụng đất về việc tặng cho quyền sử dụng đất và bản gốc Giấy chứng nhận đã cấp",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Trường hợp có biên bản họp giữa Ủy ban nhân dân cấp xã với người sử dụng đất về việc tặng cho quyền sử dụng đất thì người sử dụng đất chỉ nộp bản gốc Giấy chứng nhận đã cấp cho Ủy ban nhân dân cấp xã nơi có đất.",
            "originals": 1,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.001147",
        "name": "Giấy chứng nhận quyền sử dụng đất; Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở; Giấy chứng nhận quyền sở hữu nhà ở; Giấy chứng nhận quyền sở hữu công trình xây dựng; Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất; Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"
      }
    ],
    "legalBasis": [
      {
        "number": "31/2024/QH15",
        "type": "Luật",
        "name": "Luật Đất đai ngày 18/01/2024;",
        "date": "2024-01-18",
        "issuer": "Quốc hội"
      },
      {
        "number": "226/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và cổng Dịch vụ công quốc gia118/2025/NĐ-CSửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật Đất đai",
        "issuer": "Chính phủ"
      },
      {
        "number": "151/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
        "issuer": "Chính phủ"
      },
      {
        "number": "101/2024/NĐ-CP",
        "type": "Nghị định",
        "issuer": "Chính phủ"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.013992",
    "name": "Đăng ký biến động chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền",
    "sectorCode": "dat-dai",
    "levels": [
      "province"
    ],
    "agencyCodes": [
      "000.00.08.H56",
      "000.00.08.H49"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 7,
        "unit": "working_day"
      },
      "online": {
        "duration": 7,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Giấy chứng nhận đã cấp.",
            "originals": 0,
            "copies": 1,
            "documentTypeCode": "GCNQSDD",
            "replacingResultCode": "KQ.G10.001148"
          },
          {
            "name": "Mảnh trích đo bản đồ địa chính thửa đất đối với trường hợp người sử dụng đất có nhu cầu đo đạc để xác định lại kích thước các cạnh, diện tích của thửa đất.",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Văn bản về việc đại diện theo quy định của pháp luật về dân sự đối với trường hợp thực hiện thủ tục thông qua người đại diện",
            "originals": 0,
            "copies": 1
          },
          {
            "name": "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18 ban hành kèm theo Nghị định số 151/2025/NĐ-CP.",
            "originals": 1,
            "copies": 0
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.001147",
        "name": "Giấy chứng nhận quyền sử dụng đất; Giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở; Giấy chứng nhận quyền sở hữu nhà ở; Giấy chứng nhận quyền sở hữu công trình xây dựng; Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất; Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"
      }
    ],
    "legalBasis": [
      {
        "number": "31/2024/QH15",
        "type": "Luật",
        "name": "Luật Đất đai ngày 18/01/2024;",
        "date": "2024-01-18",
        "issuer": "Quốc hội"
      },
      {
        "number": "151/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Luật số 58/2024/QH15 của Quốc hội: Luật Đầu tư côngLuật số 58Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
        "issuer": "Chính phủ"
      },
      {
        "number": "101/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và cổng Dịch vụ công quốc gia118/2025/NĐ-CNghị định",
        "issuer": "Chính phủ"
      },
      {
        "number": "226/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật Đất đai",
        "issuer": "Chính phủ"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.012751",
    "name": "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Bộ trưởng Bộ Nông nghiệp và Môi trường",
    "sectorCode": "dat-dai",
    "levels": [
      "central"
    ],
    "agencyCodes": [
      "000.00.00.G10"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 80,
        "unit": "working_day"
      },
      "online": {
        "duration": 80,
        "unit": "working_day"
      }
    },
    "cases": [
      {
        "name": "Trường hợp chung",
        "components": [
          {
            "name": "Biên bản làm việc với các bên tranh chấp, với các tổ chức, cá nhân có liên quan; biên bản kiểm tra hiện trạng đất tranh chấp; biên bản hòa giải trong quá trình giải quyết tranh chấp",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Trích lục bản đồ hoặc bản sao hồ sơ địa chính hoặc bản sao dữ liệu ảnh viễn thám qua các thời kỳ liên quan đến diện tích đất tranh chấp (nếu có), bản sao hồ sơ, tài liệu làm chứng cứ, chứng minh trong quá trình giải quyết tranh chấp đất đai tại địa phương",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Đơn yêu cầu yêu cầu giải quyết tranh chấp đất đai (bản chính)",
            "originals": 1,
            "copies": 1
          },
          {
            "name": "Báo cáo đề xuất và dự thảo quyết định giải quyết tranh chấp hoặc dự thảo quyết định công nhận hòa giải thành",
            "originals": 1,
            "copies": 1
          }
        ]
      }
    ],
    "fees": [],
    "results": [
      {
        "code": "KQ.G10.001144",
        "name": "Quyết định công nhận hòa giải thành hoặc Quyết định giải quyết tranh chấp đất đai"
      }
    ],
    "legalBasis": [
      {
        "number": "151/2025/NĐ-CP",
        "type": "Nghị định",
        "name": "Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
        "issuer": "Chính phủ"
      },
      {
        "number": "31/2024/QH15",
        "type": "Luật",
        "name": "Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và cổng Dịch vụ công quốc gia118/2025/NĐ-CLuật Đất đai ngày 18/01/2024;",
        "date": "2024-01-18",
        "issuer": "Quốc hội"
      },
      {
        "number": "102/2024/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai.",
        "date": "2024-07-30",
        "issuer": "Chính phủ"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001613",
    "name": "Giải quyết hưởng bảo hiểm xã hội một lần",
    "sectorCode": "thuc-hien-chinh-sach-bhxh",
    "levels": [
      "province",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G24"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 5,
        "unit": "working_day"
      },
      "online": {
        "duration": 5,
        "unit": "working_day"
      }
    },
    "cases": [],
    "fees": [],
    "results": [
      {
        "code": "KQ.G24.000053",
        "name": "Tiền trợ cấp"
      },
      {
        "code": "KQ.G24.000012",
        "name": "Bản quá trình đóng BHXH"
      },
      {
        "code": "KQ.G24.000030",
        "name": "Quyết định về việc hưởng BHXH một lần"
      }
    ],
    "legalBasis": [
      {
        "number": "166/2016/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 166/2016/NĐ-CP-Quy định về giao dịch điện tử trong lĩnh vực bảo hiểm xã hội, bảo hiểm y tế và bảo hiểm thất nghiệp",
        "issuer": "Chính phủ"
      },
      {
        "number": "58/2014/QH13",
        "type": "Luật",
        "name": "LUẬT Bảo hiểm xã hội",
        "issuer": "Quốc hội"
      },
      {
        "number": "2222/QĐ-BHXH",
        "type": "Quyết định",
        "name": "BAN HÀNH QUY TRÌNH GIẢI QUYẾT HƯỞNG CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI, CHI TRẢ CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI, BẢO HIỂM THẤT NGHIỆP",
        "issuer": "Bảo hiểm xã hội Việt Nam"
      },
      {
        "number": "56/2017/TT-BYT",
        "type": "Thông tư",
        "name": "Thông tư 56/2017/TT-BYT",
        "issuer": "Bộ Y tế"
      },
      {
        "number": "115/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 115/2015/NĐ-CP",
        "issuer": "Chính phủ"
      },
      {
        "number": "143/2018/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 143/2018/NĐ-CP",
        "issuer": "Chính phủ"
      },
      {
        "number": "01/2016/TT-BLĐTBXH",
        "type": "Thông tư",
        "name": "Thông tư 01/2016/TT-BLĐTBXH",
        "issuer": "Bộ Lao động - Thương binh và Xã hội"
      },
      {
        "number": "93/2015/QH13",
        "type": "Luật",
        "name": "Về việc thực hiện chính sách hưởng bảo hiểm xã hội một lần đối với người lao động",
        "issuer": "Quốc hội"
      },
      {
        "number": "134/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 134/2015/NĐ-CP",
        "issuer": "Chính phủ"
      },
      {
        "number": "105/2016/TTLT-BQP-BCA-BLĐTBXH",
        "type": "Thông tư liên tịch",
        "name": "Thông tư liên tịch 105/2016/TTLT-BQP-BCA-BLĐTBXH",
        "issuer": "Bộ Quốc phòng - Bộ Công an - Bộ Lao động - Thương binh và Xã hội"
      },
      {
        "number": "136/2020/TT-BQP",
        "type": "Thông tư",
        "name": "Thông tư 136/2020/TT-BQP",
        "issuer": "Bộ Quốc phòng"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000693",
    "name": "Giải quyết hưởng chế độ thai sản",
    "sectorCode": "thuc-hien-chinh-sach-bhxh",
    "levels": [
      "province",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G24"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 6,
        "unit": "working_day"
      },
      "online": {
        "duration": 6,
        "unit": "working_day"
      }
    },
    "cases": [],
    "fees": [],
    "results": [
      {
        "code": "KQ.G24.000054",
        "name": "Thông báo Danh sách giải quyết hưởng chế độ thai sản đối người với NLĐ không còn quan hệ lao động và tham gia BHXH tự nguyện"
      },
      {
        "code": "KQ.G24.000005",
        "name": "Thông báo Danh sách giải quyết hưởng chế độ ốm đau, thai sản, dưỡng sức phục hồi sức khỏe"
      },
      {
        "code": "KQ.G24.000053",
        "name": "Tiền trợ cấp"
      }
    ],
    "legalBasis": [
      {
        "number": "2222/QĐ-BHXH",
        "type": "Quyết định",
        "name": "BAN HÀNH QUY TRÌNH GIẢI QUYẾT HƯỞNG CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI, CHI TRẢ CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI, BẢO HIỂM THẤT NGHIỆP",
        "issuer": "Bảo hiểm xã hội Việt Nam"
      },
      {
        "number": "12/2025/TT-BNV",
        "type": "Thông tư",
        "name": "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM XÃ HỘI VỀ BẢO HIỂM XÃ HỘI BẮT BUỘC",
        "issuer": "Bộ Nội vụ"
      },
      {
        "number": "25/2025/TT-BYT",
        "type": "Thông tư",
        "name": "THÔNG TƯ QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT BẢO HIỂM XÃ HỘI, LUẬT AN TOÀN, VỆ SINH LAO ĐỘNG VỀ LĨNH VỰC Y TẾ VÀ MỘT SỐ ĐIỀU CỦA LUẬT KHÁM BỆNH, CHỮA BỆNH",
        "issuer": "Bộ Y tế"
      },
      {
        "number": "41/2024/QH15",
        "type": "Luật",
        "name": "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc158/2025/NĐ-CP- Luật An toàn, vệ sinh lao động (Luật số 84/2015/QH13 của Quốc hội thông qua ngày 25/6/2015); 84/2015/QH13 Quy định về giao dịch điện tử trong lĩnh vực bảo hiểm xã hội và Cơ sở dữ liệu quốc gia về bảo hiểm164/2025/NĐ-CP Luật Bảo hiểm xã hội",
        "date": "2015-06-25",
        "issuer": "Quốc hội"
      },
      {
        "number": "313/QĐ-BHXH",
        "type": "Quyết định",
        "name": "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY TRÌNH GIẢI QUYẾT HƯỞNG CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI, CHI TRẢ CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI, BẢO HIỂM THẤT NGHIỆP BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 2222/QĐ-BHXH NGÀY 29/7/2025 CỦA GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM",
        "date": "2025-07-29",
        "issuer": "Bảo hiểm xã hội Việt Nam"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "1.001601",
    "name": "Ủy quyền lĩnh thay các chế độ bảo hiểm xã hội, trợ cấp thất nghiệp",
    "sectorCode": "chi-tra-cac-che-do-bhxh",
    "levels": [
      "central",
      "province",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G24"
    ],
    "onlineLevel": "none",
    "processing": {
      "counter": {
        "duration": 1,
        "unit": "working_day"
      },
      "online": null
    },
    "cases": [],
    "fees": [],
    "results": [
      {
        "code": "KQ.G24.000042",
        "name": "Người được ủy quyền được nhận tiền chế độ thay cho người hưởng"
      }
    ],
    "legalBasis": [
      {
        "number": "58/2014/QH13",
        "type": "Luật",
        "name": "LUẬT Bảo hiểm xã hội",
        "issuer": "Quốc hội"
      }
    ],
    "workflowTemplateRef": null
  },
  {
    "code": "2.000605",
    "name": "Giải quyết hưởng lương hưu, trợ cấp hàng tháng đối với cán bộ xã",
    "sectorCode": "thuc-hien-chinh-sach-bhxh",
    "levels": [
      "province",
      "commune"
    ],
    "agencyCodes": [
      "000.00.00.G24"
    ],
    "onlineLevel": "partial",
    "processing": {
      "counter": {
        "duration": 12,
        "unit": "working_day"
      },
      "online": {
        "duration": 12,
        "unit": "working_day"
      }
    },
    "cases": [],
    "fees": [],
    "results": [
      {
        "code": "KQ.G12.001173",
        "name": "Bản quá trình đóng BHXH (mẫu số 04-HSB)"
      },
      {
        "code": "KQ.G24.000028",
        "name": "Quyết định về việc hưởng chế độ hưu trí hàng tháng"
      },
      {
        "code": "KQ.G12.001170",
        "name": "Tiền lương hưu, trợ cấp BHXH"
      },
      {
        "code": "KQ.G12.001172",
        "name": "Quyết định về việc hưởng trợ cấp hàng tháng đối với cán bộ xã, phường, thị trấn"
      },
      {
        "code": "KQ.G24.000004",
        "name": "Thẻ BHYT"
      },
      {
        "code": "KQ.G24.000024",
        "name": "Thông báo về việc chi trả lương hưu, trợ cấp BHXH"
      }
    ],
    "legalBasis": [
      {
        "number": "26/2017/TT-BLĐTBXH",
        "type": "Thông tư",
        "name": "Thông tư 26/2017/TT-BLĐTBXH",
        "issuer": "Bộ Lao động - Thương binh và Xã hội"
      },
      {
        "number": "01/2016/TT-BLĐTBXH",
        "type": "Thông tư",
        "name": "Thông tư 01/2016/TT-BLĐTBXH",
        "issuer": "Bộ Lao động - Thương binh và Xã hội"
      },
      {
        "number": "2222/QĐ-BHXH",
        "type": "Quyết định",
        "name": "BAN HÀNH QUY TRÌNH GIẢI QUYẾT HƯỞNG CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI, CHI TRẢ CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI, BẢO HIỂM THẤT NGHIỆP",
        "issuer": "Bảo hiểm xã hội Việt Nam"
      },
      {
        "number": "56/2017/TT-BYT",
        "type": "Thông tư",
        "name": "Thông tư 56/2017/TT-BYT",
        "issuer": "Bộ Y tế"
      },
      {
        "number": "115/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 115/2015/NĐ-CP",
        "issuer": "Chính phủ"
      },
      {
        "number": "143/2018/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 143/2018/NĐ-CP",
        "issuer": "Chính phủ"
      },
      {
        "number": "134/2015/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 134/2015/NĐ-CP",
        "issuer": "Chính phủ"
      },
      {
        "number": "45/2019/QH14",
        "type": "Luật",
        "name": "Bộ Luật lao động",
        "issuer": "Quốc hội"
      },
      {
        "number": "166/2016/NĐ-CP",
        "type": "Nghị định",
        "name": "Nghị định 166/2016/NĐ-CP-Quy định về giao dịch điện tử trong lĩnh vực bảo hiểm xã hội, bảo hiểm y tế và bảo hiểm thất nghiệp",
        "issuer": "Chính phủ"
      },
      {
        "number": "58/2014/QH13",
        "type": "Luật",
        "name": "LUẬT Bảo hiểm xã hội",
        "issuer": "Quốc hội"
      },
      {
        "number": "136/2020/TT-BQP",
        "type": "Thông tư",
        "name": "Thông tư 136/2020/TT-BQP",
        "issuer": "Bộ Quốc phòng"
      }
    ],
    "workflowTemplateRef": null
  }
];
